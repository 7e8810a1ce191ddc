// The spelling tables of shared/vocabSpellings.ts: every value is one of its vocabulary's, every key is in the form the
// resolver compares, and the tables the registrars' rosters lean on most are pinned entry by entry against the code
// tables (GB/T 4658, GB/T 6864, GB/T 8561, GB/T 4762, GB 3304) so that a change to one is a deliberate change.
import { describe, it, expect } from 'vitest';
import {
  AWARD_LEVELS, CERTIFICATE_KINDS, COMPETITION_SYSTEMS, DEGREES, DESTINATIONS, DUAL_TEACHER_LEVELS, EDUCATION_LEVELS,
  ETHNICITIES, HONOUR_LEVELS, POLITICAL_STATUSES, POST_CATEGORIES, PRACTICE_FORMS, PRIZES, PROFESSIONAL_TITLES,
  REVIEW_STATES, SCHOOLING_SYSTEMS, SEXES, SKILL_LEVELS, STAFF_STATUSES, STUDENT_STATUSES, TEACHER_CERT_TYPES,
  TEACHING_CATEGORIES, X_CERT_LEVELS, YES_NO,
} from '@shared/vocab';
import * as tables from '@shared/vocabSpellings';
import type { Spellings } from '@shared/vocabSpellings';
import { spellingKey } from '@shared/spellings';

const TABLES: [string, Spellings, readonly string[]][] = [
  ['POST_CATEGORY_SPELLINGS', tables.POST_CATEGORY_SPELLINGS, POST_CATEGORIES],
  ['PRACTICE_FORM_SPELLINGS', tables.PRACTICE_FORM_SPELLINGS, PRACTICE_FORMS],
  ['EDUCATION_LEVEL_SPELLINGS', tables.EDUCATION_LEVEL_SPELLINGS, EDUCATION_LEVELS],
  ['DEGREE_SPELLINGS', tables.DEGREE_SPELLINGS, DEGREES],
  ['PROFESSIONAL_TITLE_SPELLINGS', tables.PROFESSIONAL_TITLE_SPELLINGS, PROFESSIONAL_TITLES],
  ['POLITICAL_STATUS_SPELLINGS', tables.POLITICAL_STATUS_SPELLINGS, POLITICAL_STATUSES],
  ['ETHNICITY_SPELLINGS', tables.ETHNICITY_SPELLINGS, ETHNICITIES],
  ['SKILL_LEVEL_SPELLINGS', tables.SKILL_LEVEL_SPELLINGS, SKILL_LEVELS],
  ['AWARD_LEVEL_SPELLINGS', tables.AWARD_LEVEL_SPELLINGS, AWARD_LEVELS],
  ['HONOUR_LEVEL_SPELLINGS', tables.HONOUR_LEVEL_SPELLINGS, HONOUR_LEVELS],
  ['DUAL_TEACHER_LEVEL_SPELLINGS', tables.DUAL_TEACHER_LEVEL_SPELLINGS, DUAL_TEACHER_LEVELS],
  ['PRIZE_SPELLINGS', tables.PRIZE_SPELLINGS, PRIZES],
  ['COMPETITION_SYSTEM_SPELLINGS', tables.COMPETITION_SYSTEM_SPELLINGS, COMPETITION_SYSTEMS],
  ['CERTIFICATE_KIND_SPELLINGS', tables.CERTIFICATE_KIND_SPELLINGS, CERTIFICATE_KINDS],
  ['X_CERT_LEVEL_SPELLINGS', tables.X_CERT_LEVEL_SPELLINGS, X_CERT_LEVELS],
  ['TEACHING_CATEGORY_SPELLINGS', tables.TEACHING_CATEGORY_SPELLINGS, TEACHING_CATEGORIES],
  ['STAFF_STATUS_SPELLINGS', tables.STAFF_STATUS_SPELLINGS, STAFF_STATUSES],
  ['STUDENT_STATUS_SPELLINGS', tables.STUDENT_STATUS_SPELLINGS, STUDENT_STATUSES],
  ['SCHOOLING_SYSTEM_SPELLINGS', tables.SCHOOLING_SYSTEM_SPELLINGS, SCHOOLING_SYSTEMS],
  ['DESTINATION_SPELLINGS', tables.DESTINATION_SPELLINGS, DESTINATIONS],
  ['TEACHER_CERT_TYPE_SPELLINGS', tables.TEACHER_CERT_TYPE_SPELLINGS, TEACHER_CERT_TYPES],
  ['SEX_SPELLINGS', tables.SEX_SPELLINGS, SEXES],
  ['REVIEW_STATE_SPELLINGS', tables.REVIEW_STATE_SPELLINGS, REVIEW_STATES],
  ['YES_NO_SPELLINGS', tables.YES_NO_SPELLINGS, YES_NO],
];

const valuesOf = (v: string | readonly string[]) => (typeof v === 'string' ? [v] : [...v]);

/** An expected table written by value: each value with its spellings, then the ambiguous spellings with their candidates. */
function byValue(groups: Record<string, string[]>, ambiguous: Record<string, string[]> = {}): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [value, keys] of Object.entries(groups)) for (const k of keys) out[k] = value;
  return { ...out, ...ambiguous };
}

describe('vocabulary spelling tables', () => {
  it('covers every exported table', () => {
    const exported = Object.keys(tables).filter((name) => name.endsWith('_SPELLINGS')).sort();
    expect(exported).toEqual(TABLES.map(([name]) => name).sort());
  });

  it.each(TABLES)('%s maps only to values of its vocabulary', (_name, table, vocab) => {
    for (const [key, value] of Object.entries(table)) for (const v of valuesOf(value)) expect(vocab, `${key} → ${v}`).toContain(v);
  });

  it.each(TABLES)('%s repeats no canonical value as a key', (_name, table, vocab) => {
    const canonical = new Set(vocab.map(spellingKey));
    for (const key of Object.keys(table)) expect(canonical.has(spellingKey(key)), key).toBe(false);
  });

  it.each(TABLES)('%s keys are written in compared form', (_name, table) => {
    for (const key of Object.keys(table)) {
      expect(key, key).not.toMatch(/[\s\u3000]/);
      expect(key, key).not.toMatch(/[\uff01-\uff5e]/);
      expect(spellingKey(key), key).toBe(key);
    }
  });

  it.each(TABLES)('%s lists at least two distinct candidates for an ambiguous spelling', (_name, table) => {
    for (const [key, value] of Object.entries(table)) if (typeof value !== 'string') expect(new Set(value).size, key).toBeGreaterThanOrEqual(2);
  });
});

describe('岗位类别', () => {
  it('is the statistics and status-platform table', () => {
    expect(tables.POST_CATEGORY_SPELLINGS).toEqual({
      专任: '专任教师', 校内专任教师: '专任教师', 专职教师: '专任教师',
      兼职: '兼职教师', 兼任教师: '兼职教师', 校外兼职教师: '兼职教师', 校外兼职: '兼职教师', 企业兼职教师: '兼职教师', 行业企业兼职教师: '兼职教师',
      // the platform's 校外兼课 (another school's teachers) is a post of its own; 聘请校外教师 may be either
      校外兼课: '校外兼课教师', 校外兼课人员: '校外兼课教师', 外校兼课教师: '校外兼课教师', 聘请校外教师: ['兼职教师', '校外兼课教师'],
      外聘: '兼职教师', 外聘教师: '兼职教师',
      行政: '行政人员', 行政管理: '行政人员', 行政管理人员: '行政人员', 管理人员: '行政人员', 党政管理: '行政人员', 党政管理人员: '行政人员', 职员: '行政人员', 管理岗位: '行政人员',
      教辅: '教辅人员', 教学辅助: '教辅人员', 教学辅助人员: '教辅人员',
      工勤: '工勤人员', 工勤技能: '工勤人员', 工勤技能人员: '工勤人员', 工勤技能岗位: '工勤人员', 后勤: '工勤人员', 后勤人员: '工勤人员', 后勤服务人员: '工勤人员',
    });
  });

  it('leaves 校内兼课 to its own flag', () => {
    expect(tables.POST_CATEGORY_SPELLINGS).not.toHaveProperty('校内兼课教师');
    expect(tables.POST_CATEGORY_SPELLINGS).not.toHaveProperty('兼课教师');
  });
});

describe('实践形式', () => {
  it('is the 教师〔2016〕3号 table', () => {
    expect(tables.PRACTICE_FORM_SPELLINGS).toEqual({
      到企业考察观摩: '考察调研', 企业考察观摩: '考察调研', 考察观摩: '考察调研', 企业考察: '考察调研', 考察: '考察调研', 观摩: '考察调研', 调研: '考察调研', 企业调研: '考察调研',
      接受企业组织的技能培训: '技能培训', 企业技能培训: '技能培训', 企业培训: '技能培训', 培训: '技能培训',
      在企业的生产和管理岗位兼职或任职: '兼职任职', 兼职或任职: '兼职任职', 在岗兼职: '兼职任职', 企业兼职: '兼职任职', 企业任职: '兼职任职', 兼职: '兼职任职', 任职: '兼职任职',
      挂职: '兼职任职', 挂职锻炼: '兼职任职',
      顶岗: ['兼职任职', '集中实践'], 顶岗实践: ['兼职任职', '集中实践'],
      参与企业产品研发和技术创新: '研发', 产品研发和技术创新: '研发', 参与研发: '研发', 产品研发: '研发', 技术研发: '研发', 技术创新: '研发',
      先实践再上岗: '岗前实践', 先实践后上岗: '岗前实践', 岗前: '岗前实践', 集中: '集中实践', 分段: '分段实践',
    });
  });
});

describe('专业技术职务', () => {
  it('maps each title name to its level per GB/T 8561 and the reforms', () => {
    const expected = byValue(
      {
        正高级: [
          '正高', '正高职', '正高级职称', '正高级讲师', '正高级实习指导教师', '正高级教师', '中小学正高级教师', '教授', '正高级工程师', '教授级高级工程师',
          '正高级实验师', '正高级会计师', '正高级经济师', '正高级统计师', '正高级审计师', '研究馆员', '研究员', '主任医师', '主任护师', '主任药师', '主任技师',
          '农业技术推广研究员', '正高级农艺师', '译审', '正高级工艺美术师', '国家级教练',
        ],
        副高级: [
          '副高', '副高职', '副高级职称', '高级讲师', '高级实习指导教师', '高级教师', '中小学高级教师', '中学高级教师', '高级教师(中学)', '中教高级', '副教授',
          '高级工程师', '高级实验师', '高级会计师', '高级经济师', '高级统计师', '高级审计师', '副研究馆员', '副研究员', '副主任医师', '副主任护师', '副主任药师',
          '副主任技师', '高级农艺师', '高级兽医师', '高级畜牧师', '副译审', '一级翻译', '高级工艺美术师', '高级政工师', '高级教练',
        ],
        中级: [
          '中级职称', '讲师', '一级实习指导教师', '一级教师', '中小学一级教师', '中学一级教师', '一级教师(中学)', '中教一级', '小学高级教师', '高级教师(小学)',
          '小教高级', '工程师', '实验师', '会计师', '经济师', '统计师', '审计师', '馆员', '助理研究员', '主治医师', '主管护师', '主管药师', '主管技师', '农艺师',
          '兽医师', '畜牧师', '翻译', '二级翻译', '工艺美术师', '政工师', '一级教练',
        ],
        初级: [
          '初级职称', '助理级', '员级', '助理讲师', '教员', '二级实习指导教师', '三级实习指导教师', '二级教师', '三级教师', '中小学二级教师', '中小学三级教师',
          '中学二级教师', '中学三级教师', '二级教师(中学)', '三级教师(中学)', '中教二级', '中教三级', '小学一级教师', '小学二级教师', '小学三级教师',
          '一级教师(小学)', '二级教师(小学)', '三级教师(小学)', '小教一级', '小教二级', '小教三级', '助教', '助理工程师', '技术员', '助理实验师', '实验员',
          '助理会计师', '会计员', '助理经济师', '经济员', '助理统计师', '统计员', '助理审计师', '审计员', '助理馆员', '管理员', '研究实习员', '医师', '医士', '护师',
          '护士', '药师', '药士', '技士', '助理农艺师', '农业技术员', '助理兽医师', '助理畜牧师', '助理翻译', '三级翻译', '助理工艺美术师', '工艺美术员',
          '助理政工师', '政工员', '二级教练', '三级教练',
        ],
        未评: ['未定级', '未定职级', '未评级', '无职称', '暂无', '无'],
      },
      { 高级: ['正高级', '副高级'], 高级职称: ['正高级', '副高级'] },
    );
    expect(tables.PROFESSIONAL_TITLE_SPELLINGS).toEqual(expected);
  });

  it('ranks 讲师 中级 in every series and leaves 技师 out', () => {
    expect(tables.PROFESSIONAL_TITLE_SPELLINGS['讲师']).toBe('中级');
    expect(tables.PROFESSIONAL_TITLE_SPELLINGS).not.toHaveProperty('技师');
  });
});

describe('学历', () => {
  it('is the GB/T 4658-2006 table', () => {
    const underDoctorate = ['研究生', '本科'];
    const masterClosed = ['研究生', '本科', '专科'];
    const masterLeft = ['本科', '专科'];
    const bachelorClosed = ['本科', '专科', '中专及以下'];
    const bachelorLeft = ['专科', '中专及以下'];
    const collegeClosed = ['专科', '中专及以下'];
    const expected = byValue(
      {
        研究生: [
          '研究生教育', '博士研究生毕业', '硕士研究生毕业', '研究生班毕业', '10', '11', '14', '17', '博士研究生', '硕士研究生', '研究生班', '研究生毕业', '研究生学历',
        ],
        本科: ['大学本科教育', '大学本科毕业', '大学普通班毕业', '20', '21', '28', '大学本科', '大学', '大学毕业', '本科毕业', '学士'],
        专科: ['大学专科教育', '大学专科毕业', '30', '31', '大学专科', '大专', '大专毕业', '专科毕业', '高等专科', '高等职业教育', '高职', '高职高专'],
        中专及以下: [
          '大学专科肄业', '33', '中等职业教育', '中等专科毕业', '中等专科结业', '中等专科肄业', '职业高中毕业', '技工学校毕业', '普通高级中学教育', '普通高中毕业',
          '初级中学教育', '初中毕业', '小学教育', '小学毕业', '40', '41', '42', '43', '44', '45', '46', '47', '48', '49', '60', '61', '62', '63', '70', '71', '73',
          '80', '81', '83', '中专', '中专毕业', '中等专科', '中等专业学校', '中职', '中技', '技校', '技工学校', '职业高中', '职高', '高中', '普通高中', '高中毕业',
          '初中', '小学', '中专以下', '高中及以下', '高中以下', '初中及以下',
        ],
      },
      {
        博士研究生结业: underDoctorate, 博士研究生肄业: underDoctorate, '12': underDoctorate, '13': underDoctorate,
        硕士研究生结业: masterClosed, 研究生班结业: masterClosed, '15': masterClosed, '18': masterClosed,
        硕士研究生肄业: masterLeft, 研究生班肄业: masterLeft, '16': masterLeft, '19': masterLeft,
        大学本科结业: bachelorClosed, '22': bachelorClosed,
        大学本科肄业: bachelorLeft, '23': bachelorLeft,
        大学专科结业: collegeClosed, '32': collegeClosed,
        硕士: ['研究生', '本科'], 博士: ['研究生', '本科'],
      },
    );
    expect(tables.EDUCATION_LEVEL_SPELLINGS).toEqual(expected);
  });
});

describe('学位', () => {
  it('is the GB/T 6864-2003 table, with 学历 words read as degrees only where they tell one', () => {
    expect(tables.DEGREE_SPELLINGS).toEqual({
      博士学位: '博士', 硕士学位: '硕士', 学士学位: '学士',
      哲学博士学位: '博士', 哲学硕士学位: '硕士', 哲学学士学位: '学士',
      经济学博士学位: '博士', 经济学硕士学位: '硕士', 经济学学士学位: '学士',
      法学博士学位: '博士', 法学硕士学位: '硕士', 法学学士学位: '学士',
      教育学博士学位: '博士', 教育学硕士学位: '硕士', 教育学学士学位: '学士',
      文学博士学位: '博士', 文学硕士学位: '硕士', 文学学士学位: '学士',
      历史学博士学位: '博士', 历史学硕士学位: '硕士', 历史学学士学位: '学士',
      理学博士学位: '博士', 理学硕士学位: '硕士', 理学学士学位: '学士',
      工学博士学位: '博士', 工学硕士学位: '硕士', 工学学士学位: '学士',
      农学博士学位: '博士', 农学硕士学位: '硕士', 农学学士学位: '学士',
      医学博士学位: '博士', 医学硕士学位: '硕士', 医学学士学位: '学士',
      军事学博士学位: '博士', 军事学硕士学位: '硕士', 军事学学士学位: '学士',
      管理学博士学位: '博士', 管理学硕士学位: '硕士', 管理学学士学位: '学士',
      双学士: '学士', 双学士学位: '学士', 第二学士学位: '学士',
      博士研究生: '博士', 硕士研究生: '硕士', 研究生: ['博士', '硕士'], 本科: ['学士', '无'], 大学本科: ['学士', '无'], 专科: '无', 大专: '无',
      博士后: '博士',
      无学位: '无', 没有学位: '无', 未获学位: '无', 没有: '无', 暂无: '无',
    });
  });

  it('leaves the honorary 名誉博士 out', () => {
    expect(tables.DEGREE_SPELLINGS).not.toHaveProperty('名誉博士');
  });
});

describe('政治面貌', () => {
  it('is the GB/T 4762-1984 table, names and codes', () => {
    const expected = byValue({
      中共党员: ['中国共产党党员', '中国共产党员', '共产党员', '党员', '正式党员', '01', '1'],
      中共预备党员: ['中国共产党预备党员', '预备党员', '02', '2'],
      共青团员: ['中国共产主义青年团团员', '共青团团员', '团员', '03', '3'],
      民主党派: [
        '中国国民党革命委员会会员', '民革会员', '民革党员', '民革', '中国民主同盟盟员', '民盟盟员', '民盟', '中国民主建国会会员', '民建会员', '民建',
        '中国民主促进会会员', '民进会员', '民进', '中国农工民主党党员', '农工民主党党员', '农工党党员', '农工民主党', '农工党', '中国致公党党员', '致公党党员',
        '致公党', '九三学社社员', '九三学社', '台湾民主自治同盟盟员', '台盟盟员', '台盟', '民主党派成员', '民主党派人士',
        '04', '05', '06', '07', '08', '09', '10', '11', '4', '5', '6', '7', '8', '9',
      ],
      群众: ['13'],
    });
    expect(tables.POLITICAL_STATUS_SPELLINGS).toEqual(expected);
  });

  it('has no value for 无党派民主人士 (code 12), so leaves it out', () => {
    expect(tables.POLITICAL_STATUS_SPELLINGS).not.toHaveProperty('12');
    expect(tables.POLITICAL_STATUS_SPELLINGS).not.toHaveProperty('无党派民主人士');
    expect(tables.POLITICAL_STATUS_SPELLINGS).not.toHaveProperty('无党派人士');
  });
});

describe('民族', () => {
  /** GB 3304-91 table 3, in code order: code, name, letter code. */
  const GB3304 = [
    ['01', '汉族', 'HA'], ['02', '蒙古族', 'MG'], ['03', '回族', 'HU'], ['04', '藏族', 'ZA'], ['05', '维吾尔族', 'UG'], ['06', '苗族', 'MH'],
    ['07', '彝族', 'YI'], ['08', '壮族', 'ZH'], ['09', '布依族', 'BY'], ['10', '朝鲜族', 'CS'], ['11', '满族', 'MA'], ['12', '侗族', 'DO'],
    ['13', '瑶族', 'YA'], ['14', '白族', 'BA'], ['15', '土家族', 'TJ'], ['16', '哈尼族', 'HN'], ['17', '哈萨克族', 'KZ'], ['18', '傣族', 'DA'],
    ['19', '黎族', 'LI'], ['20', '傈僳族', 'LS'], ['21', '佤族', 'VA'], ['22', '畲族', 'SH'], ['23', '高山族', 'GS'], ['24', '拉祜族', 'LH'],
    ['25', '水族', 'SU'], ['26', '东乡族', 'DX'], ['27', '纳西族', 'NX'], ['28', '景颇族', 'JP'], ['29', '柯尔克孜族', 'KG'], ['30', '土族', 'TU'],
    ['31', '达斡尔族', 'DU'], ['32', '仫佬族', 'ML'], ['33', '羌族', 'QI'], ['34', '布朗族', 'BL'], ['35', '撒拉族', 'SL'], ['36', '毛南族', 'MN'],
    ['37', '仡佬族', 'GL'], ['38', '锡伯族', 'XB'], ['39', '阿昌族', 'AC'], ['40', '普米族', 'PM'], ['41', '塔吉克族', 'TA'], ['42', '怒族', 'NU'],
    ['43', '乌孜别克族', 'UZ'], ['44', '俄罗斯族', 'RS'], ['45', '鄂温克族', 'EW'], ['46', '德昂族', 'DE'], ['47', '保安族', 'BN'], ['48', '裕固族', 'YG'],
    ['49', '京族', 'GI'], ['50', '塔塔尔族', 'TT'], ['51', '独龙族', 'DR'], ['52', '鄂伦春族', 'OR'], ['53', '赫哲族', 'HZ'], ['54', '门巴族', 'MB'],
    ['55', '珞巴族', 'LB'], ['56', '基诺族', 'JN'],
  ];
  const WITHOUT_族 = [
    '汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜',
    '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克',
    '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
  ];

  it('lists the 56 of the vocabulary', () => {
    expect(GB3304.map(([, name]) => name).sort()).toEqual([...ETHNICITIES].sort());
  });

  it('reads each name written without 族', () => {
    WITHOUT_族.forEach((short, i) => expect(tables.ETHNICITY_SPELLINGS[short], short).toBe(GB3304[i][1]));
  });

  it('reads the numeric codes 01–56, and 1–9 as a numeric column leaves them', () => {
    for (const [code, name] of GB3304) expect(tables.ETHNICITY_SPELLINGS[code], code).toBe(name);
    for (const [code, name] of GB3304.slice(0, 9)) expect(tables.ETHNICITY_SPELLINGS[String(Number(code))], code).toBe(name);
  });

  it('reads the letter codes', () => {
    for (const [, name, letters] of GB3304) expect(tables.ETHNICITY_SPELLINGS[letters], letters).toBe(name);
  });

  it('reads the romanizations', () => {
    expect(tables.ETHNICITY_SPELLINGS).toMatchObject({ HAN: '汉族', MONGOL: '蒙古族', UYGUR: '维吾尔族', ZHUANG: '壮族', CHOSEN: '朝鲜族', KOREAN: '朝鲜族', TIBETAN: '藏族', KIRGIZ: '柯尔克孜族' });
  });
});

describe('the other tables', () => {
  it('reads 职业技能等级 by name, number and Roman numeral', () => {
    expect(tables.SKILL_LEVEL_SPELLINGS).toMatchObject({
      初级工: '五级', 中级工: '四级', 高级工: '三级', 技师: '二级', 高级技师: '一级',
      '5级': '五级', '1级': '一级', 'Ⅴ级': '五级', 'IV级': '四级', 国家职业资格三级: '三级', '四级/中级工': '四级', '中级工/四级': '四级', 初级: '五级',
    });
  });

  it('reads 1+X forms as 1+X证书', () => {
    expect(tables.CERTIFICATE_KIND_SPELLINGS).toMatchObject({ '1+X': '1+X证书', '1+X职业技能等级证书': '1+X证书', X证书: '1+X证书' });
    expect(tables.X_CERT_LEVEL_SPELLINGS).toMatchObject({ '1+X初级': '初级', '1+X中级': '中级', '1+X高级': '高级' });
  });

  it('reads 是/否 marks and words', () => {
    expect(tables.YES_NO_SPELLINGS).toMatchObject({
      '√': '是', Y: '是', YES: '是', TRUE: '是', '1': '是', 有: '是', 对: '是', 已: '是',
      '×': '否', N: '否', NO: '否', FALSE: '否', '0': '否', 无: '否', 不是: '否', 未: '否',
    });
  });

  it('reads GB/T 2261.1 性别 codes', () => {
    expect(tables.SEX_SPELLINGS).toMatchObject({ 男性: '男', 女性: '女', '1': '男', '2': '女', M: '男', F: '女' });
  });

  it('reads the level suffixes, and leaves 国际 out', () => {
    expect(tables.AWARD_LEVEL_SPELLINGS).toMatchObject({ 国家: '国家级', 全国: '国家级', 国赛: '国家级', 省: '省级', 省赛: '省级', 市: '市级', 地市级: '市级', 县: '县级', 区级: '县级' });
    expect(tables.HONOUR_LEVEL_SPELLINGS).toMatchObject({ 国家: '国家级', 省: '省级', 市: '市级', 县区级: '县级' });
    expect(tables.AWARD_LEVEL_SPELLINGS).not.toHaveProperty('国际');
  });

  it('leaves ranks and prizes outside the vocabulary out', () => {
    expect(tables.PRIZE_SPELLINGS).toMatchObject({ 一等: '一等奖', 金: '金奖', 银牌: '银奖', 优秀: '优秀奖' });
    expect(tables.PRIZE_SPELLINGS).not.toHaveProperty('第一名');
    expect(tables.PRIZE_SPELLINGS).not.toHaveProperty('特等奖');
  });

  it('reads 赛事系统 by department', () => {
    expect(tables.COMPETITION_SYSTEM_SPELLINGS).toMatchObject({ 教育部门: '教育', 教育系统: '教育', 人力社保: '人社', 人力资源和社会保障: '人社', 行业协会: '行业' });
  });

  it('reads 学制 by years, and five years as either five-year system', () => {
    expect(tables.SCHOOLING_SYSTEM_SPELLINGS).toMatchObject({ '3年': '三年制', 三年: '三年制', 五年一贯: '五年一贯制', '3+2': '中高职一体化3+2', '3+4': '中高职一体化3+4' });
    expect(tables.SCHOOLING_SYSTEM_SPELLINGS['5']).toEqual(['五年一贯制', '中高职一体化3+2']);
  });
});
