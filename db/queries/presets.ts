import { eq } from 'drizzle-orm';
import { planPresets } from '../schema';
import type { Db } from '../open';
import type { PlanPreset } from '@shared/indicators';

/** The user's own presets (the built-in ones are reference data in shared/presets.ts). */
export function customPresets(db: Db): PlanPreset[] {
  return db
    .select()
    .from(planPresets)
    .all()
    .map((p) => ({ id: p.id, name: p.name, builtin: false, targets: JSON.parse(p.targets) as PlanPreset['targets'] }));
}

export function savePreset(db: Db, preset: Omit<PlanPreset, 'builtin'>): void {
  const targets = JSON.stringify(preset.targets);
  db.insert(planPresets)
    .values({ id: preset.id, name: preset.name, builtin: false, targets })
    .onConflictDoUpdate({ target: planPresets.id, set: { name: preset.name, targets } })
    .run();
}

export function deletePreset(db: Db, id: string): void {
  db.delete(planPresets).where(eq(planPresets.id, id)).run();
}
