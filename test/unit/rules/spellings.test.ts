// The resolver of written spellings (shared/spellings.ts) on the vocabularies' own tables: the table's entry, a short
// or decorated form of exactly one value, a bracketed pair that agrees, and never a guess between two values.
import { describe, expect, it } from 'vitest';
import { resolveSpelling, spellingKey } from '@shared/spellings';
import { AWARD_LEVELS, EDUCATION_LEVELS, POST_CATEGORIES, PRACTICE_FORMS, PROFESSIONAL_TITLES, SKILL_LEVELS, ETHNICITIES } from '@shared/vocab';
import {
  AWARD_LEVEL_SPELLINGS, EDUCATION_LEVEL_SPELLINGS, ETHNICITY_SPELLINGS, POST_CATEGORY_SPELLINGS, PRACTICE_FORM_SPELLINGS, PROFESSIONAL_TITLE_SPELLINGS,
  SKILL_LEVEL_SPELLINGS,
} from '@shared/vocabSpellings';

describe('resolveSpelling', () => {
  it('takes the value itself and the table’s spellings, after spaces and full-width letters', () => {
    expect(spellingKey(' １＋ｘ 证书 ')).toBe('1+X证书');
    expect(resolveSpelling(POST_CATEGORIES, POST_CATEGORY_SPELLINGS, '专任教师')).toEqual({ value: '专任教师' });
    expect(resolveSpelling(POST_CATEGORIES, POST_CATEGORY_SPELLINGS, '行政')).toEqual({ value: '行政人员' });
    expect(resolveSpelling(PRACTICE_FORMS, PRACTICE_FORM_SPELLINGS, ' 集 中 ')).toEqual({ value: '集中实践' });
    expect(resolveSpelling(PROFESSIONAL_TITLES, PROFESSIONAL_TITLE_SPELLINGS, '高级讲师')).toEqual({ value: '副高级' });
    expect(resolveSpelling(PROFESSIONAL_TITLES, PROFESSIONAL_TITLE_SPELLINGS, '一级实习指导教师')).toEqual({ value: '中级' });
    expect(resolveSpelling(SKILL_LEVELS, SKILL_LEVEL_SPELLINGS, '中级工')).toEqual({ value: '四级' });
    expect(resolveSpelling(ETHNICITIES, ETHNICITY_SPELLINGS, '畲')).toEqual({ value: '畲族' });
    expect(resolveSpelling(AWARD_LEVELS, AWARD_LEVEL_SPELLINGS, '国赛')).toEqual({ value: '国家级' });
  });

  it('reads a short or decorated form of exactly one value without a table', () => {
    expect(resolveSpelling(PRACTICE_FORMS, undefined, '分段')).toEqual({ value: '分段实践' });
    expect(resolveSpelling(AWARD_LEVELS, undefined, '省')).toEqual({ value: '省级' });
    expect(resolveSpelling(POST_CATEGORIES, undefined, '校内专任教师')).toEqual({ value: '专任教师' });
    // what qualifies a value away from it is not that value
    expect(resolveSpelling(EDUCATION_LEVELS, undefined, '本科以下')).toEqual({ unknown: true });
    expect(resolveSpelling(POST_CATEGORIES, undefined, '非专任教师')).toEqual({ unknown: true });
  });

  it('reads both halves of a bracketed spelling and takes them when they agree', () => {
    expect(resolveSpelling(SKILL_LEVELS, SKILL_LEVEL_SPELLINGS, '四级（中级工）')).toEqual({ value: '四级' });
    expect(resolveSpelling(SKILL_LEVELS, SKILL_LEVEL_SPELLINGS, '中级工(四级)')).toEqual({ value: '四级' });
    expect(resolveSpelling(SKILL_LEVELS, SKILL_LEVEL_SPELLINGS, '中级工（三级）')).toEqual({ ambiguous: ['四级', '三级'] });
  });

  it('never guesses between two values: the candidates are named', () => {
    expect(resolveSpelling(PROFESSIONAL_TITLES, PROFESSIONAL_TITLE_SPELLINGS, '高级')).toEqual({ ambiguous: ['正高级', '副高级'] });
    expect(resolveSpelling(['技能培训', '技能竞赛'], undefined, '技能')).toEqual({ ambiguous: ['技能培训', '技能竞赛'] });
    expect(resolveSpelling(EDUCATION_LEVELS, EDUCATION_LEVEL_SPELLINGS, '博士后')).toEqual({ unknown: true });
    expect(resolveSpelling(PRACTICE_FORMS, PRACTICE_FORM_SPELLINGS, '轮岗')).toEqual({ unknown: true });
  });
});
