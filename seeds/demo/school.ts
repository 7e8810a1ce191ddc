// The school row (kept when one exists) and its 6–8 majors, each with its partner companies.
import type { Db } from '../../db/open';
import { majors, school } from '../../db/schema';
import type { SchoolType } from '@shared/vocab';
import { catalogueFor, FIELD_PROFILES, majorCategoryOf, type FieldProfile, type MajorField } from '../majors';
import { makeEnterprises, type Enterprise } from '../names';
import type { Context } from './index';
import { rowInserter } from './insert';

export interface DemoMajor {
  id: number;
  /** 1-based position in code order; part of each 学号. */
  index: number;
  code: string;
  name: string;
  field: MajorField;
  profile: FieldProfile;
  /** Relative size: students and teachers are spread by it. */
  weight: number;
  /** Partner companies, shared by the major's teachers, part-time teachers and practice records. */
  enterprises: Enterprise[];
}

const SCHOOL_PROFILES: Record<SchoolType, { name: string; codePrefix: string | null; authority: string }> = {
  中职: { name: '丽水市瓯江职业技术学校', codePrefix: '3633', authority: '丽水市教育局' },
  高职: { name: '丽水瓯江职业技术学院', codePrefix: '4133', authority: '浙江省教育厅' },
  技工院校: { name: '丽水市瓯江技工学校', codePrefix: null, authority: '丽水市人力资源和社会保障局' },
};

/** Keeps an existing school row (the setup page may have created it); otherwise writes a fictional one. */
export function ensureSchool(db: Db, ctx: Context): string {
  const existing = db.select({ name: school.name }).from(school).limit(1).get();
  if (existing) return existing.name;
  const profile = SCHOOL_PROFILES[ctx.type];
  // 学校标识码: category (36 中职, 41 高校) + province 33 (浙江) + a 6-digit serial.
  const code = profile.codePrefix ? profile.codePrefix + String(ctx.rng.int(1000, 9999)).padStart(6, '0') : null;
  rowInserter(db, school)({
    name: profile.name, code, type: ctx.type, region: '莲都区', authority: profile.authority, cutoffDate: ctx.asOf, updatedAt: ctx.stamp,
  });
  ctx.counts.school = 1;
  return profile.name;
}

const MAJOR_HONOURS = ['省级高水平专业', '市级品牌专业', '市级特色专业'] as const;

/** 6–8 majors of the school type's catalogue; the 2–3 largest are the 主体专业. */
export function insertMajors(db: Db, ctx: Context, staffCount: number): DemoMajor[] {
  const { rng } = ctx;
  const chosen = rng.shuffle(catalogueFor(ctx.type)).slice(0, rng.int(6, 8));
  const coreCount = rng.int(2, 3);
  const poolSize = Math.min(200, 10 + Math.round(staffCount / 25));
  const planned = chosen.map((m, i) => ({
    ...m,
    isCore: i < coreCount,
    honours: i < coreCount ? MAJOR_HONOURS[i] : null,
    weight: (i < coreCount ? 1.8 : 1) * (0.7 + rng.next() * 0.3),
    enterprises: makeEnterprises(rng, FIELD_PROFILES[m.field].industries, poolSize),
  }));
  planned.sort((a, b) => a.code.localeCompare(b.code));
  const insert = rowInserter(db, majors);
  return planned.map((m, i) => {
    const id = insert({ code: m.code, name: m.name, category: majorCategoryOf(m.code), isCore: m.isCore, honours: m.honours });
    ctx.counts.majors++;
    return { id, index: i + 1, code: m.code, name: m.name, field: m.field, profile: FIELD_PROFILES[m.field], weight: m.weight, enterprises: m.enterprises };
  });
}
