export * from './school';
export * from './staff';
export * from './practice';
export * from './students';
export * from './awards';
export * from './audit';
export * from './templates';
export * from './users';
