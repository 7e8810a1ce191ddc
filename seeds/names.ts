// Realistic people and companies of 丽水 and 温州 for the demo school: names weighted like the population,
// 身份证号 with real area codes and a valid check digit, company names with a valid 统一社会信用代码.
import { idCheckChar } from '@shared/rules/idcard';
import { usccCheckChar } from '@shared/rules/uscc';
import { weightedTable, type Random } from './random';

export type Sex = '男' | '女';

/** The ~100 most frequent surnames, weights roughly per 10,000 people, tilted to southern 浙江 (陈, 林, 叶, 吴, 潘, 季…). */
const SURNAMES = weightedTable<string>([
  ['陈', 720], ['王', 560], ['李', 480], ['张', 470], ['林', 330], ['吴', 300], ['刘', 290], ['叶', 260], ['徐', 240],
  ['周', 230], ['杨', 210], ['朱', 200], ['黄', 190], ['潘', 170], ['金', 160], ['郑', 160], ['胡', 150], ['何', 140],
  ['赵', 140], ['孙', 120], ['蓝', 110], ['雷', 100], ['钟', 90], ['季', 90], ['应', 80], ['毛', 80], ['项', 70],
  ['梅', 60], ['柳', 60], ['邱', 70], ['沈', 80], ['蒋', 80], ['汪', 70], ['马', 90], ['高', 80], ['郭', 80], ['罗', 70],
  ['梁', 60], ['谢', 70], ['宋', 60], ['唐', 60], ['许', 80], ['韩', 50], ['邓', 50], ['冯', 50], ['曹', 50], ['彭', 40],
  ['曾', 40], ['肖', 40], ['田', 40], ['董', 50], ['袁', 40], ['蔡', 60], ['余', 60], ['于', 30], ['杜', 40], ['程', 40],
  ['魏', 40], ['苏', 40], ['吕', 50], ['丁', 40], ['任', 40], ['卢', 50], ['姚', 50], ['姜', 40], ['崔', 20], ['谭', 20],
  ['陆', 50], ['范', 40], ['廖', 20], ['石', 30], ['韦', 20], ['贾', 20], ['夏', 40], ['付', 20], ['方', 50], ['邹', 30],
  ['熊', 20], ['白', 20], ['孟', 20], ['秦', 20], ['侯', 20], ['江', 30], ['尹', 20], ['薛', 20], ['严', 30], ['戴', 30],
  ['钱', 30], ['顾', 20], ['邵', 40], ['龚', 20], ['贺', 20], ['童', 30], ['傅', 40], ['翁', 30], ['包', 30], ['卓', 20],
  ['缪', 20], ['留', 20], ['麻', 20],
]);

/** Common given names by sex and generation: names follow fashions, so a teacher born in 1970 and a student born
 * in 2010 differ (single-character names were common before the 1990s). */
const names = (list: string) => list.split(' ');
const GIVEN_NAMES: Record<Sex, Record<'older' | 'younger' | 'youngest', string[]>> = {
  男: {
    older: names('伟 强 军 勇 斌 峰 磊 涛 华 明 平 亮 刚 建华 建国 建平 建军 国平 国强 志强 志刚 海峰 海涛 晓东 卫东 向东 永明 永忠 立新 文斌 春华 红军 伟民 建伟 忠良 荣华 金龙 建新 小平 剑锋'),
    younger: names('浩 宇 磊 鹏 超 杰 凯 鑫 帅 航 俊杰 浩然 子豪 宇航 晨阳 天宇 博文 一鸣 思远 泽宇 家豪 文博 宇轩 浩宇 俊豪 明轩 志豪 嘉伟 晓峰 振宇 鹏飞 伟杰 晨 哲'),
    youngest: names('梓轩 浩宇 宇轩 子墨 一诺 俊熙 皓轩 梓睿 博文 铭泽 睿哲 思源 浩然 奕辰 宸熙 沐阳 锦程 子轩 泽宇 俊杰 明哲 逸凡 承泽 昊天 梓豪 宇航 天佑 嘉豪 子航 煜城 睿 航'),
  },
  女: {
    older: names('丽 芳 娟 敏 静 燕 霞 红 英 萍 玲 琴 丽华 美玲 秀英 红梅 晓燕 丽娟 海燕 雪梅 春燕 桂芳 玉兰 丽萍 秀珍 小红 建芬 素芬 爱华 慧芳 美娟 月英 彩霞 金花'),
    younger: names('婷 倩 雪 琳 颖 佳 丹 露 婷婷 晓雯 佳琪 思琪 雨婷 梦婷 欣怡 佳怡 雪婷 诗琪 慧敏 晓琳 静怡 文静 佳慧 丹丹 晶晶 倩倩 梦洁 璐瑶 雅婷 晓丹 佳颖'),
    youngest: names('欣怡 梓涵 诗涵 雨涵 可馨 一诺 梓萱 思彤 语桐 欣妍 佳怡 若汐 雨桐 紫涵 诗琪 梦瑶 子涵 依诺 芷若 心怡 婉清 晨曦 佳琪 思语 雨欣 可欣 馨月 梓琪 语涵 悦'),
  },
};

/** Names with a middle dot (维吾尔族, 哈萨克族), kept as they are written on the ID card. */
const DOTTED_NAMES: Record<Sex, readonly (readonly [string, string])[]> = {
  男: [['买买提·艾力', '维吾尔族'], ['艾力·买买提', '维吾尔族'], ['阿不都·热合曼', '维吾尔族'], ['吐尔逊·艾买提', '维吾尔族'], ['努尔兰·别克', '哈萨克族']],
  女: [['阿依古丽·吐尔逊', '维吾尔族'], ['迪丽娜尔·艾合买提', '维吾尔族'], ['古丽米拉·阿不都', '维吾尔族'], ['阿依达娜·努尔兰', '哈萨克族']],
};

/** 畲族 live mainly around 丽水 (景宁畲族自治县); their surnames are 蓝, 雷 and 钟. */
const SHE_SURNAMES = ['蓝', '雷', '钟'] as const;

export interface GeneratedName {
  name: string;
  ethnicity: string;
  /** Where the person's 身份证号 was first issued: a minority name comes with an ID from 新疆. */
  origin: Origin;
}

function givenName(rng: Random, sex: Sex, birthYear: number): string {
  const list = GIVEN_NAMES[sex][birthYear < 1986 ? 'older' : birthYear < 2004 ? 'younger' : 'youngest'];
  const name = rng.pick(list);
  if (name.length === 1 || rng.chance(0.6)) return name;
  // The first character of one common name and the second of another: more variety, the same fashion.
  const other = rng.pick(list);
  return other.length === 2 && other[1] !== name[0] ? name[0] + other[1] : name;
}

/** A person's name and 民族: mostly 汉族, some 畲族 (local), rarely a minority name with a middle dot. */
export function personName(rng: Random, sex: Sex, birthYear: number): GeneratedName {
  const r = rng.next();
  if (r < 0.002) {
    const [name, ethnicity] = rng.pick(DOTTED_NAMES[sex]);
    return { name, ethnicity, origin: 'xinjiang' };
  }
  if (r < 0.022) return { name: rng.pick(SHE_SURNAMES) + givenName(rng, sex, birthYear), ethnicity: '畲族', origin: 'jingning' };
  return { name: rng.weighted(SURNAMES) + givenName(rng, sex, birthYear), ethnicity: '汉族', origin: 'any' };
}

// 身份证号 area codes. An ID keeps the code of where it was first issued: 丽水 was 丽水地区 (3325xx) until 2000
// and 丽水市 (3311xx) since, so a teacher born in 1975 in 青田 has 332522, a student born in 2009 there 331121.
const LISHUI_BEFORE_2000 = ['332501', '332502', '332522', '332523', '332525', '332526', '332527', '332528', '332529'];
const LISHUI_SINCE_2000 = ['331102', '331181', '331121', '331125', '331126', '331122', '331123', '331124', '331127'];
const WENZHOU = ['330302', '330303', '330304', '330305', '330324', '330326', '330327', '330328', '330329', '330381', '330382'];
const ZHEJIANG_OTHER = ['330106', '330108', '330702', '330782', '330802', '331002', '330402'];
const OTHER_PROVINCES = ['360102', '360502', '340104', '341802', '430102', '410102', '510104', '522601', '320102', '370102'];
const XINJIANG = ['650102', '652801', '654002'];

export type Origin = 'any' | 'jingning' | 'xinjiang';

/** Where a staff member or student comes from: mostly 丽水, then 温州, other 浙江 and other provinces. */
const ORIGINS = weightedTable<'lishui' | 'wenzhou' | 'zhejiang' | 'other'>([
  ['lishui', 70],
  ['wenzhou', 14],
  ['zhejiang', 8],
  ['other', 8],
]);

export function idAreaCode(rng: Random, birthYear: number, origin: Origin): string {
  if (origin === 'xinjiang') return rng.pick(XINJIANG);
  if (origin === 'jingning') return birthYear < 2000 ? '332529' : '331127';
  switch (rng.weighted(ORIGINS)) {
    case 'lishui':
      return rng.pick(birthYear < 2000 ? LISHUI_BEFORE_2000 : LISHUI_SINCE_2000);
    case 'wenzhou':
      return rng.pick(WENZHOU);
    case 'zhejiang':
      return rng.pick(ZHEJIANG_OTHER);
    default:
      return rng.pick(OTHER_PROVINCES);
  }
}

/**
 * A valid 身份证号 for the area, birth date (YYYY-MM-DD) and sex, not yet in `taken` (which it joins).
 * The 3-digit sequence is odd for 男 and even for 女 (GB 11643).
 */
export function makeIdCard(rng: Random, area: string, birthDate: string, sex: Sex, taken: Set<string>): string {
  const born = birthDate.slice(0, 4) + birthDate.slice(5, 7) + birthDate.slice(8, 10);
  for (;;) {
    const seq = rng.int(0, 499) * 2 + (sex === '男' ? 1 : 0);
    const first17 = area + born + String(seq).padStart(3, '0');
    const id = first17 + idCheckChar(first17);
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

const MOBILE_PREFIXES = ['130', '133', '135', '136', '137', '138', '139', '150', '151', '152', '157', '158', '159', '173', '177', '180', '181', '182', '187', '188', '189', '195', '199'];

export function mobileNumber(rng: Random): string {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
}

// Companies. Names follow the registration pattern place + trade name (字号) + industry + form; the trade names are
// made up from characters common in local company names (瓯 and 处州 for 丽水, 绿谷 …), not copied from real firms.
const TRADE_FIRST = '瓯丽绿处括南华永恒博鼎盛宏金凯新卓远嘉信汇启正润';
const TRADE_SECOND = '江谷州苍明越达源丰远诚辉创瑞航晟鑫宇成泓锐峰博邦';

/** Registration places: the name prefix and the 6-digit code of the registering authority's area. */
const COMPANY_PLACES = weightedTable<readonly [string, string]>([
  [['丽水市', '331100'], 30],
  [['丽水市莲都区', '331102'], 8],
  [['浙江', '331100'], 12],
  [['青田县', '331121'], 6],
  [['缙云县', '331122'], 6],
  [['龙泉市', '331181'], 4],
  [['云和县', '331125'], 3],
  [['温州市', '330300'], 12],
  [['温州市龙湾区', '330303'], 5],
  [['乐清市', '330382'], 5],
  [['瑞安市', '330381'], 5],
  [['杭州市', '330100'], 4],
]);

const ORG_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The 9-character 组织机构代码 (GB 11714): 8 characters and a check character (0–9 or X). Companies registered
 * since 2015 carry codes beginning MA. */
function orgCode(rng: Random): string {
  let body = rng.chance(0.6) ? 'MA2' : rng.pick(['0', '1', '3', '5', '7']);
  while (body.length < 8) body += rng.chance(0.8) ? String(rng.int(0, 9)) : ORG_CODE_CHARS[rng.int(10, ORG_CODE_CHARS.length - 1)];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body[i];
    const value = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55; // A = 10 … Z = 35
    sum += value * ORG_CODE_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

/** A 统一社会信用代码 for a company (登记管理部门 9 = 市场监管, 类别 1 = 企业) registered in the area. */
export function makeUscc(rng: Random, areaCode: string): string {
  const first17 = '91' + areaCode + orgCode(rng);
  return first17 + usccCheckChar(first17);
}

export interface Enterprise {
  name: string;
  /** 统一社会信用代码; null for the few whose code the school never recorded. */
  code: string | null;
}

/** `count` distinct companies of one industry family, e.g. 丽水市瓯江机械制造有限公司. */
export function makeEnterprises(rng: Random, industries: readonly string[], count: number): Enterprise[] {
  const names = new Set<string>();
  const result: Enterprise[] = [];
  while (result.length < count) {
    const [place, area] = rng.weighted(COMPANY_PLACES);
    const trade = TRADE_FIRST[rng.int(0, TRADE_FIRST.length - 1)] + TRADE_SECOND[rng.int(0, TRADE_SECOND.length - 1)];
    const name = place + trade + rng.pick(industries);
    if (names.has(name)) continue;
    names.add(name);
    result.push({ name, code: rng.chance(0.88) ? makeUscc(rng, area) : null });
  }
  return result;
}
