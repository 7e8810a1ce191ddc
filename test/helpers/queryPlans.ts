// Every statement run on a connection, with its parameters, to be explained afterwards: how a test proves a query
// is read from an index rather than by scanning a table.
import type Database from 'better-sqlite3';

export interface StatementLog {
  /** the statements run since the last clear, in order */
  statements: { source: string; params: unknown[] }[];
  /** EXPLAIN QUERY PLAN of each statement fn runs, its details joined by " | " */
  plans(fn: () => unknown): { source: string; plan: string }[];
}

export function logStatements(sqlite: Database.Database): StatementLog {
  const statements: StatementLog['statements'] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const statement = prepare(source);
    for (const method of ['all', 'get'] as const) {
      const run = statement[method].bind(statement) as (...params: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => (statements.push({ source, params }), run(...params));
    }
    return statement;
  }) as typeof sqlite.prepare;
  return {
    statements,
    plans(fn) {
      statements.length = 0;
      fn();
      return statements.map(({ source, params }) => ({
        source,
        plan: (prepare(`explain query plan ${source}`).all(...params) as { detail: string }[]).map((p) => p.detail).join(' | '),
      }));
    },
  };
}
