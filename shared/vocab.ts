// Controlled vocabularies of DESIGN §3. The stored value is the Chinese term itself, so lists, exports and imports
// need no translation table, and a registrar reading the data file sees the same words as on screen.

export const SCHOOL_TYPES = ['中职', '高职', '技工院校'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

export const SEXES = ['男', '女'] as const;

export const STAFF_STATUSES = ['在职', '离职', '退休'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

/** 岗位类别. 兼职教师 are an enterprise's staff teaching here (the status-data platform's 校外兼职), 校外兼课教师
 * another school's teachers (its 校外兼课); 校内兼课 (staff of other posts who also teach) is the flag teachesCourses. */
export const POST_CATEGORIES = ['专任教师', '兼职教师', '校外兼课教师', '行政人员', '教辅人员', '工勤人员'] as const;
export type PostCategory = (typeof POST_CATEGORIES)[number];

export const TEACHING_CATEGORIES = ['专业课', '公共基础课', '实习指导'] as const;
export type TeachingCategory = (typeof TEACHING_CATEGORIES)[number];

export const EDUCATION_LEVELS = ['研究生', '本科', '专科', '中专及以下'] as const;
export const DEGREES = ['博士', '硕士', '学士', '无'] as const;
export const PROFESSIONAL_TITLES = ['正高级', '副高级', '中级', '初级', '未评'] as const;
export const POLITICAL_STATUSES = ['中共党员', '中共预备党员', '共青团员', '民主党派', '群众'] as const;
export const TEACHER_CERT_TYPES = ['中等职业学校教师资格', '中等职业学校实习指导教师资格', '高等学校教师资格', '高级中学教师资格', '其他', '无'] as const;

/** The 56 民族 of the national standard (GB/T 3304), most frequent first. */
export const ETHNICITIES = [
  '汉族', '畲族', '壮族', '回族', '满族', '维吾尔族', '苗族', '彝族', '土家族', '藏族', '蒙古族', '侗族', '布依族', '瑶族', '白族',
  '朝鲜族', '哈尼族', '黎族', '哈萨克族', '傣族', '傈僳族', '东乡族', '仡佬族', '拉祜族', '佤族', '水族', '纳西族', '羌族', '土族',
  '仫佬族', '锡伯族', '柯尔克孜族', '景颇族', '达斡尔族', '撒拉族', '布朗族', '毛南族', '塔吉克族', '普米族', '阿昌族', '怒族',
  '鄂温克族', '京族', '基诺族', '德昂族', '保安族', '俄罗斯族', '裕固族', '乌孜别克族', '门巴族', '鄂伦春族', '独龙族', '赫哲族',
  '高山族', '珞巴族', '塔塔尔族',
] as const;

// Qualifications (issue: teacher qualifications)
export const DUAL_TEACHER_LEVELS = ['初级', '中级', '高级'] as const;
/** 职业资格 / 职业技能等级: 五级 is the lowest, 一级 the highest. */
export const SKILL_LEVELS = ['五级', '四级', '三级', '二级', '一级'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];
export const SKILL_LEVEL_NAMES: Record<SkillLevel, string> = {
  五级: '初级工',
  四级: '中级工',
  三级: '高级工',
  二级: '技师',
  一级: '高级技师',
};
export const HONOUR_LEVELS = ['国家级', '省级', '市级', '县级'] as const;

// Enterprise practice
export const PRACTICE_FORMS = ['岗前实践', '集中实践', '分段实践', '兼职任职', '考察调研', '技能培训', '研发'] as const;
/** 已退回: 教务 sent a teacher's record back with a reason, for the teacher to correct and submit again. */
export const REVIEW_STATES = ['待审核', '已审核', '已退回'] as const;

// Students and certificates
export const STUDENT_STATUSES = ['在籍', '毕业', '休学', '退学', '转出'] as const;
export const SCHOOLING_SYSTEMS = ['三年制', '五年一贯制', '中高职一体化3+2', '中高职一体化3+4', '二年制', '四年制'] as const;
export const DESTINATIONS = ['就业', '升学', '其他'] as const;
export const CERTIFICATE_KINDS = ['职业资格证书', '职业技能等级证书', '1+X证书', '其他'] as const;
export const X_CERT_LEVELS = ['初级', '中级', '高级'] as const;

// Competitions
export const COMPETITION_SYSTEMS = ['教育', '人社', '行业'] as const;
export const AWARD_LEVELS = ['国家级', '省级', '市级', '县级'] as const;
export const PRIZES = ['一等奖', '二等奖', '三等奖', '金奖', '银奖', '铜奖', '优秀奖'] as const;

export const YES_NO = ['是', '否'] as const;
