// Indicator colours on screen; the value and target texts come from shared/format.ts (the same in exports).
export { formatIndicatorValue, formatTarget } from '@shared/format';

/** Met: green; not met: red; no target or no value: grey. */
export function metColour(met: boolean | null): string {
  return met === true ? '#389e0d' : met === false ? '#cf1322' : '#8c8c8c';
}
