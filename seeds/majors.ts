// An excerpt of the 职业教育专业目录（2021年）: the majors a 丽水/温州 school typically runs, with what the demo
// generator needs to make each one look real (certificates, competition events, partner industries).
// Codes: 中职 61–79, 高职专科 41–59, 高职本科 21–39; the first two digits are the 专业大类, the first four the 专业类.
import type { SchoolType } from '@shared/vocab';

/** The 19 专业大类, in catalogue order: 中职 61…79, 专科 41…59, 本科 21…39 share them. */
export const MAJOR_CATEGORIES = [
  '农林牧渔大类', '资源环境与安全大类', '能源动力与材料大类', '土木建筑大类', '水利大类', '装备制造大类', '生物与化工大类',
  '轻工纺织大类', '食品药品与粮食大类', '交通运输大类', '电子与信息大类', '医药卫生大类', '财经商贸大类', '旅游大类',
  '文化艺术大类', '新闻传播大类', '教育与体育大类', '公安与司法大类', '公共管理与服务大类',
] as const;

/** The 专业大类 of a 6-digit major code, or null for a code outside the three ranges. */
export function majorCategoryOf(code: string): string | null {
  const prefix = Number(code.slice(0, 2));
  for (const first of [61, 41, 21]) {
    if (prefix >= first && prefix < first + MAJOR_CATEGORIES.length) return MAJOR_CATEGORIES[prefix - first];
  }
  return null;
}

/** A family of related majors sharing certificates, competitions and partner industries. */
export type MajorField = 'computing' | 'media' | 'commerce' | 'accounting' | 'mechatronics' | 'automotive' | 'cooking' | 'childcare';

export interface CatalogueMajor {
  code: string;
  name: string;
  level: '中职' | '高职专科';
  field: MajorField;
}

export const CATALOGUE: readonly CatalogueMajor[] = [
  // 中职
  { code: '660103', name: '数控技术应用', level: '中职', field: 'mechatronics' },
  { code: '660301', name: '机电技术应用', level: '中职', field: 'mechatronics' },
  { code: '700206', name: '汽车运用与维修', level: '中职', field: 'automotive' },
  { code: '710201', name: '计算机应用', level: '中职', field: 'computing' },
  { code: '710202', name: '计算机网络技术', level: '中职', field: 'computing' },
  { code: '710204', name: '数字媒体技术应用', level: '中职', field: 'media' },
  { code: '730301', name: '会计事务', level: '中职', field: 'accounting' },
  { code: '730701', name: '电子商务', level: '中职', field: 'commerce' },
  { code: '740201', name: '中餐烹饪', level: '中职', field: 'cooking' },
  { code: '770101', name: '幼儿保育', level: '中职', field: 'childcare' },
  // 高职专科
  { code: '460103', name: '数控技术', level: '高职专科', field: 'mechatronics' },
  { code: '460301', name: '机电一体化技术', level: '高职专科', field: 'mechatronics' },
  { code: '500211', name: '汽车检测与维修技术', level: '高职专科', field: 'automotive' },
  { code: '510201', name: '计算机应用技术', level: '高职专科', field: 'computing' },
  { code: '510203', name: '软件技术', level: '高职专科', field: 'computing' },
  { code: '510204', name: '数字媒体技术', level: '高职专科', field: 'media' },
  { code: '520802', name: '婴幼儿托育服务与管理', level: '高职专科', field: 'childcare' },
  { code: '530302', name: '大数据与会计', level: '高职专科', field: 'accounting' },
  { code: '530701', name: '电子商务', level: '高职专科', field: 'commerce' },
  { code: '540202', name: '烹饪工艺与营养', level: '高职专科', field: 'cooking' },
];

/** 技工院校 keep their own 人社 catalogue; the demo gives them the 中职 majors, which their rosters also use. */
export function catalogueFor(type: SchoolType): CatalogueMajor[] {
  const level = type === '高职' ? '高职专科' : '中职';
  return CATALOGUE.filter((m) => m.level === level);
}

export interface XCertificate {
  name: string;
  /** The 培训评价组织 that issues it. */
  issuer: string;
}

export interface FieldProfile {
  /** 职业 (occupations) of 职业资格证书 and 职业技能等级证书, for students and teachers. */
  occupations: readonly string[];
  /** 1+X 职业技能等级证书 of the field. */
  xCertificates: readonly XCertificate[];
  /** Share of certificates in the field that are 1+X rather than 职业技能等级证书 (0 when it has none). */
  xShare: number;
  /** 赛项 of skill competitions, and whether each is a team event. */
  events: readonly { name: string; team: boolean }[];
  /** How partner companies of the field end their names (after the place and the trade name). */
  industries: readonly string[];
  /** 岗位 a teacher takes during enterprise practice. */
  positions: readonly string[];
  /** What a teacher did there (实践内容). */
  tasks: readonly string[];
  /** Jobs of part-time teachers (兼职教师) hired from the field's companies. */
  partTimePositions: readonly string[];
  /** Share of female students and teachers. */
  femaleShare: number;
}

export const FIELD_PROFILES: Record<MajorField, FieldProfile> = {
  computing: {
    occupations: ['计算机程序设计员', '网络与信息安全管理员', '信息通信网络运行管理员', '计算机维修工'],
    xCertificates: [
      { name: 'Web前端开发', issuer: '工业和信息化部教育与考试中心' },
      { name: '网络系统建设与运维', issuer: '华为技术有限公司' },
    ],
    xShare: 0.4,
    events: [
      { name: '网络建设与运维', team: true },
      { name: '移动应用与开发', team: true },
      { name: '信息安全管理与评估', team: true },
      { name: '计算机检测维修与数据恢复', team: false },
    ],
    industries: ['信息技术有限公司', '网络科技有限公司', '软件有限公司', '数字科技有限公司'],
    positions: ['软件开发岗', '网络运维岗', '技术支持岗', '软件测试岗', '数据处理岗'],
    tasks: ['参与企业内网改造的设备配置与调试', '跟岗学习软件项目开发流程与代码规范', '参与客户信息系统的部署与运维', '参与数据中心巡检与故障排查', '参与小程序项目的测试与上线'],
    partTimePositions: ['技术总监', '项目经理', '高级工程师', '运维主管'],
    femaleShare: 0.3,
  },
  media: {
    occupations: ['数字视频合成师', '广告设计师', '计算机程序设计员'],
    xCertificates: [{ name: '数字创意建模', issuer: '浙江中科视传科技有限公司' }],
    xShare: 0.3,
    events: [
      { name: '数字艺术设计', team: false },
      { name: '短视频制作', team: true },
      { name: '产品数字化设计与开发', team: true },
    ],
    industries: ['文化传媒有限公司', '影视传媒有限公司', '广告有限公司'],
    positions: ['视频剪辑岗', '平面设计岗', '新媒体运营岗', '摄影摄像岗'],
    tasks: ['参与文旅宣传短视频的拍摄与后期制作', '参与企业品牌视觉设计', '跟岗学习新媒体账号运营与数据分析', '参与直播活动的策划与技术保障'],
    partTimePositions: ['创意总监', '后期制作主管', '设计总监'],
    femaleShare: 0.5,
  },
  commerce: {
    occupations: ['电子商务师', '互联网营销师', '供应链管理师'],
    xCertificates: [
      { name: '网店运营推广', issuer: '中教畅享（北京）科技有限公司' },
      { name: '电子商务数据分析', issuer: '北京博导前程信息技术股份有限公司' },
    ],
    xShare: 0.5,
    events: [
      { name: '电子商务运营', team: true },
      { name: '直播电商', team: true },
      { name: '市场营销', team: true },
    ],
    industries: ['电子商务有限公司', '网络科技有限公司', '供应链管理有限公司', '贸易有限公司'],
    positions: ['网店运营岗', '直播运营岗', '客户服务岗', '视觉美工岗', '数据分析岗'],
    tasks: ['参与农产品网店的日常运营与推广', '参与直播带货的选品、脚本与场控', '跟岗学习电商平台数据分析与选品', '参与“丽水山耕”农产品线上营销活动'],
    partTimePositions: ['运营总监', '直播主管', '店长'],
    femaleShare: 0.6,
  },
  accounting: {
    occupations: ['收银员'],
    xCertificates: [
      { name: '业财一体信息化应用', issuer: '新道科技股份有限公司' },
      { name: '智能财税', issuer: '中联集团教育科技有限公司' },
      { name: '财务数字化应用', issuer: '用友网络科技股份有限公司' },
    ],
    xShare: 0.85,
    events: [
      { name: '会计技能', team: true },
      { name: '智能财税', team: true },
      { name: '沙盘模拟企业经营', team: true },
    ],
    industries: ['会计师事务所有限公司', '财务咨询有限公司', '税务师事务所有限公司', '代理记账有限公司'],
    positions: ['会计核算岗', '出纳岗', '税务申报岗', '审计助理'],
    tasks: ['参与中小企业的账务处理与纳税申报', '跟岗学习年度财务报表审计流程', '参与代理记账业务的票据整理与凭证录入', '参与企业财务共享系统的上线'],
    partTimePositions: ['财务经理', '注册会计师', '税务师'],
    femaleShare: 0.8,
  },
  mechatronics: {
    occupations: ['电工', '车工', '数控车工', '钳工', '工业机器人系统操作员', '机修钳工'],
    xCertificates: [
      { name: '工业机器人操作与运维', issuer: '北京新奥时代科技有限责任公司' },
      { name: '数控车铣加工', issuer: '武汉华中数控股份有限公司' },
      { name: '可编程控制器系统应用编程', issuer: '无锡信捷电气股份有限公司' },
    ],
    xShare: 0.3,
    events: [
      { name: '机电一体化设备组装与调试', team: true },
      { name: '数控综合应用技术', team: true },
      { name: '工业机器人技术应用', team: true },
      { name: '电气安装与维修', team: false },
      { name: '车加工技术', team: false },
    ],
    industries: ['机械制造有限公司', '自动化设备有限公司', '阀门有限公司', '电气有限公司', '精密机械有限公司', '智能装备有限公司'],
    positions: ['设备装调岗', '电气维修岗', '数控加工岗', '工艺技术员', '质量检验岗'],
    tasks: ['参与自动化生产线的安装与调试', '跟岗学习数控加工工艺编制与程序优化', '参与阀门产品的装配与检测', '参与设备故障诊断与预防性维护', '参与工业机器人工作站的集成调试'],
    partTimePositions: ['车间主任', '技术部经理', '高级技师', '设备主管'],
    femaleShare: 0.15,
  },
  automotive: {
    occupations: ['汽车维修工', '汽车维修检验工'],
    xCertificates: [
      { name: '汽车运用与维修', issuer: '北京中车行高新技术有限公司' },
      { name: '智能新能源汽车', issuer: '北京中车行高新技术有限公司' },
    ],
    xShare: 0.4,
    events: [
      { name: '汽车机电维修', team: false },
      { name: '新能源汽车检测与维修', team: true },
      { name: '汽车车身修理', team: false },
    ],
    industries: ['汽车销售服务有限公司', '汽车维修有限公司', '新能源汽车服务有限公司'],
    positions: ['机电维修岗', '钣金喷漆岗', '维修接待岗', '故障诊断岗'],
    tasks: ['参与新能源汽车高压系统的检测与维修', '跟岗学习4S店售后服务流程', '参与发动机故障诊断与排除', '参与车身修复与涂装作业'],
    partTimePositions: ['售后服务经理', '技术总监', '维修车间主管'],
    femaleShare: 0.1,
  },
  cooking: {
    occupations: ['中式烹调师', '中式面点师', '西式面点师'],
    xCertificates: [],
    xShare: 0,
    events: [
      { name: '中餐热菜', team: false },
      { name: '中式面点', team: false },
      { name: '烹饪（中餐）', team: false },
    ],
    industries: ['餐饮管理有限公司', '大酒店有限公司', '酒店管理有限公司', '食品有限公司'],
    positions: ['热菜岗', '冷菜岗', '面点岗', '厨房管理岗'],
    tasks: ['参与酒店宴会菜品的研发与制作', '跟岗学习中央厨房标准化生产', '参与处州特色菜品的开发', '参与厨房食品安全管理'],
    partTimePositions: ['行政总厨', '厨师长', '面点主管'],
    femaleShare: 0.35,
  },
  childcare: {
    occupations: ['保育师', '育婴员'],
    xCertificates: [
      { name: '幼儿照护', issuer: '湖南金职伟业母婴护理有限公司' },
      { name: '母婴护理', issuer: '济南阳光大姐服务有限责任公司' },
    ],
    xShare: 0.4,
    events: [
      { name: '婴幼儿保育', team: false },
      { name: '学前教育专业技能', team: false },
    ],
    industries: ['托育服务有限公司', '婴幼儿照护服务有限公司', '教育科技有限公司'],
    positions: ['保育员', '育婴员', '托育教师'],
    tasks: ['参与托育机构一日生活照护', '跟岗学习婴幼儿回应性照护', '参与托育机构的卫生保健管理', '参与亲子活动的设计与组织'],
    partTimePositions: ['园长', '保健医生', '托育中心主任'],
    femaleShare: 0.95,
  },
};
