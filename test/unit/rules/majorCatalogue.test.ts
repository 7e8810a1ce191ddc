import { describe, it, expect } from 'vitest';
import {
  CATALOGUE_CATEGORIES, catalogueEditionOf, catalogueMajorByCode, catalogueMajors, catalogueMajorsByName,
  findCatalogueMajor, isStateControlledMajor,
  type CatalogueEdition, type CatalogueLevel,
} from '@shared/majorCatalogue';
import { majorLevelOfCode } from '@shared/students';

const LEVELS: CatalogueLevel[] = ['中职', '高职专科', '职业本科'];

// Published totals (see the header of shared/majorCatalogue.ts for where each comes from).
const PUBLISHED_2021: Record<CatalogueLevel, number> = { 中职: 358, 高职专科: 744, 职业本科: 247 };
const PUBLISHED_AFTER_2024: Record<CatalogueLevel, number> = { 中职: 365, 高职专科: 771, 职业本科: 298 };
const PUBLISHED_2025_ADDITIONS: Record<CatalogueLevel, number> = { 中职: 3, 高职专科: 31, 职业本科: 23 };
// What the sources could not give, as stated in that header: K-suffixed 2021 majors none of them lists, and 2021
// majors that cannot be told apart from the 2022–2024 additions and so are filed with them.
const MISSING_2021: Record<CatalogueLevel, number> = { 中职: 0, 高职专科: 5, 职业本科: 0 };
const FILED_AS_2022_2024: Record<CatalogueLevel, number> = { 中职: 0, 高职专科: 2, 职业本科: 2 };

function count(level: CatalogueLevel, edition: CatalogueEdition): number {
  return catalogueMajors().filter((m) => m.level === level && catalogueEditionOf(m.code) === edition).length;
}

describe('catalogue size', () => {
  it.each(LEVELS)('%s: the 2021 list, less what the sources lack', (level) => {
    expect(count(level, '2021')).toBe(PUBLISHED_2021[level] - MISSING_2021[level] - FILED_AS_2022_2024[level]);
  });

  it('中职 has the whole 2021 list', () => {
    expect(count('中职', '2021')).toBe(358);
  });

  it.each(LEVELS)('%s: the additions of 2022–2024 are counted on their own', (level) => {
    const added = PUBLISHED_AFTER_2024[level] - PUBLISHED_2021[level];
    expect(count(level, '2022-2024')).toBe(added + FILED_AS_2022_2024[level]);
  });

  it.each(LEVELS)('%s: the additions of 2025 are counted on their own', (level) => {
    expect(count(level, '2025')).toBe(PUBLISHED_2025_ADDITIONS[level]);
  });

  it('every major has an edition', () => {
    expect(catalogueMajors().filter((m) => catalogueEditionOf(m.code) === undefined)).toEqual([]);
  });
});

describe('entries as the sources give them', () => {
  it.each([
    ['610101', '种子生产技术', '农林牧渔大类', '中职', '2021'],
    ['710201', '计算机应用', '电子与信息大类', '中职', '2021'],
    ['720201', '护理', '医药卫生大类', '中职', '2021'],
    ['610120', '咖啡生产与工艺', '农林牧渔大类', '中职', '2025'],
    ['410101', '种子生产与经营', '农林牧渔大类', '高职专科', '2021'],
    ['510201', '计算机应用技术', '电子与信息大类', '高职专科', '2021'],
    ['520101', '临床医学', '医药卫生大类', '高职专科', '2021'],
    ['530302', '大数据与会计', '财经商贸大类', '高职专科', '2021'],
    ['580506', '专门矫治教育', '公安与司法大类', '高职专科', '2025'],
    ['210101', '现代种业技术', '农林牧渔大类', '职业本科', '2021'],
    ['310201', '计算机应用工程', '电子与信息大类', '职业本科', '2021'],
    ['390303', '现代殡葬管理', '公共管理与服务大类', '职业本科', '2022-2024'],
    ['390304', '安宁照护服务与管理', '公共管理与服务大类', '职业本科', '2025'],
  ] as const)('%s %s', (code, name, category, level, edition) => {
    expect(catalogueMajorByCode(code)).toEqual({ code, name, category, level });
    expect(catalogueEditionOf(code)).toBe(edition);
  });

  it('keeps the K of 国家控制布点专业 apart from the 6-digit code', () => {
    expect(isStateControlledMajor('520101')).toBe(true);
    expect(isStateControlledMajor('580506')).toBe(true);
    expect(isStateControlledMajor('510201')).toBe(false);
    expect(catalogueMajorByCode('520101K')?.name).toBe('临床医学');
  });

  it('does not know a code outside the catalogue', () => {
    expect(catalogueMajorByCode('719999')).toBeUndefined();
    expect(catalogueEditionOf('719999')).toBeUndefined();
  });
});

describe('codes and categories', () => {
  it('every code is unique', () => {
    const codes = catalogueMajors().map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('every code has 6 digits and a prefix in its level’s range', () => {
    const wrong = catalogueMajors().filter((m) => !/^\d{6}$/.test(m.code) || majorLevelOfCode(m.code) !== m.level);
    expect(wrong).toEqual([]);
  });

  it('every category is the 大类 of the code’s prefix', () => {
    const wrong = catalogueMajors().filter((m) => !m.category || CATALOGUE_CATEGORIES[m.level][m.code.slice(0, 2)] !== m.category);
    expect(wrong).toEqual([]);
  });

  it('each level has the same 19 大类, 71 / 51 / 31 being 电子与信息大类', () => {
    const names = LEVELS.map((level) => Object.values(CATALOGUE_CATEGORIES[level]));
    for (const list of names) expect(list).toHaveLength(19);
    expect(names[1]).toEqual(names[0]);
    expect(names[2]).toEqual(names[0]);
    expect([CATALOGUE_CATEGORIES.中职['71'], CATALOGUE_CATEGORIES.高职专科['51'], CATALOGUE_CATEGORIES.职业本科['31']])
      .toEqual(['电子与信息大类', '电子与信息大类', '电子与信息大类']);
  });
});

describe('catalogueMajorsByName', () => {
  it('finds a name at every level, whitespace removed', () => {
    expect(catalogueMajorsByName(' 电子 商务 ').map((m) => [m.code, m.level])).toEqual([
      ['730701', '中职'], ['530701', '高职专科'], ['330701', '职业本科'],
    ]);
  });

  it('wants the exact name', () => {
    expect(catalogueMajorsByName('电子')).toEqual([]);
  });
});

describe('findCatalogueMajor', () => {
  const computerApplication = catalogueMajorByCode('710201');

  it.each([
    '710201 计算机应用',
    '710201计算机应用',
    '710201',
    '计算机应用',
    '７１０２０１　计算机应用',
    '７１０２０１',
    ' 计 算 机 应 用 ',
  ])('reads %j', (cell) => {
    expect(findCatalogueMajor(cell, '中职')).toEqual({ major: computerApplication });
  });

  it('reads a code written with its K', () => {
    expect(findCatalogueMajor('520101K 临床医学', '高职')).toEqual({ major: catalogueMajorByCode('520101') });
  });

  it('asks when code and name disagree', () => {
    expect(findCatalogueMajor('710201 计算机应用技术', '中职')).toEqual({ unknown: true });
  });

  it('does not know an unknown code or name', () => {
    expect(findCatalogueMajor('719999', '中职')).toEqual({ unknown: true });
    expect(findCatalogueMajor('719999 计算机应用', '中职')).toEqual({ unknown: true });
    expect(findCatalogueMajor('宇宙航行', '高职')).toEqual({ unknown: true });
    expect(findCatalogueMajor('', '高职')).toEqual({ unknown: true });
  });

  it('resolves a name at several levels by the school type', () => {
    expect(findCatalogueMajor('护理', '中职')).toEqual({ major: catalogueMajorByCode('720201') });
    expect(findCatalogueMajor('护理', '技工院校')).toEqual({ major: catalogueMajorByCode('720201') });
    expect(findCatalogueMajor('护理', '高职')).toEqual({ major: catalogueMajorByCode('520201') });
  });

  it('lets a 高职 fall back from 高职专科 to 职业本科', () => {
    // 工艺美术 is a 中职 and a 职业本科 major, not a 高职专科 one.
    expect(findCatalogueMajor('工艺美术', '高职')).toEqual({ major: catalogueMajorByCode('350101') });
  });

  it('takes a name found at one level only, whatever the school type', () => {
    expect(findCatalogueMajor('计算机应用技术', '中职')).toEqual({ major: catalogueMajorByCode('510201') });
  });

  it('is ambiguous when the school type does not settle it', () => {
    // 工程造价 is a 高职专科 and a 职业本科 major; a 中职 school has neither level.
    expect(findCatalogueMajor('工程造价', '中职')).toEqual({
      ambiguous: [catalogueMajorByCode('440501'), catalogueMajorByCode('240501')],
    });
  });
});
