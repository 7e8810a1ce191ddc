// Arithmetic the areas share: whole-number shares of a total, and the updated_at stamp of a day.
import { fromDay } from '../random';

export const stampOf = (day: number) => `${fromDay(day)} 09:00:00`;

/** Splits total into whole parts proportional to weights (largest remainder), so parts always add up to total. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0, left = total - parts.reduce((a, b) => a + b, 0); k < left; k++) parts[order[k].i]++;
  return parts;
}
