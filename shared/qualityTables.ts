// The 质量年报 data tables a school files with its annual quality report (一校一年报), by school type: which rows each
// table has, in what unit, and where each row's figure comes from — a figure the records give (shared/rules/
// qualityTables.ts) or a field of 学校年度数据 (shared/annualData.ts), each field used by one row of a type's tables.
//
// Sources (docs/FORMS.md lists them with what was and was not found):
// - 高职: 教育部职成司《关于编制和报送高等职业教育质量年度报告（2017）的通知》（教职成司函〔2016〕121号）: five tables,
//   计分卡、资源表（教学资源表）、服务贡献表、落实政策表、国际影响表, still required by 教职成司函〔2023〕28号 for the 2023
//   reports. 计分卡 rows 1–5 are those of the national reports since 2013 (就业率、月收入、专业相关度、母校满意度、自主创业
//   比例); 服务贡献表's six items are those published since the 2015 report (毕业生就业去向、横向技术服务到款额、纵向科研经费
//   到款额、技术交易到款额、非学历培训到款额、公益性培训服务); 双师素质专任教师比例 and 企业提供的校内实践教学设备值 are named in
//   the 2018 report's 教学资源50强. Per-student figures follow 教育部《普通高等学校基本办学条件指标（试行）》（教发〔2004〕2号）.
// - 中职: 教育部办公厅《关于开展中等职业教育质量年度报告工作的通知》（教职成厅函〔2016〕2号） and 教职成司函〔2021〕37号 ask
//   for a report, not fixed tables; the rows below follow the sections school reports carry (规模和结构, 教师队伍, 设施设备,
//   学生素质与就业质量, 校企合作). No national or Zhejiang layout of 中职 data tables was found. 技工院校 use them too.
// Rows whose official definition (口径) could not be read in a public text carry `unpublished`: the workbook says so
// beside the figure rather than claiming an official definition.
import { annualDataFields, QUALITY_SECTION, type AnnualField } from './annualData';
import type { FieldDescriptor } from './fields';
import type { SchoolType } from './vocab';

/** The figures the records give; their rules are in shared/rules/qualityTables.ts. */
export const QUALITY_FIGURE_IDS = [
  'enrolledStudents', 'entrants', 'graduates', 'employed', 'furtherStudy', 'localEmployed',
  'fullTimeTeachers', 'partTimeTeachers', 'visitingTeachers',
  'studentTeacherRatio', 'studentTeacherRatioHigher', 'dualTeacherRatio', 'dualQualifiedRatio', 'partTimeTeacherRatio',
  'bachelorOrAboveRatio', 'postgraduateRatio', 'seniorTitleRatio', 'distinguishedTeacherRatio',
  'practiceDaysInYear', 'practiceComplianceRate', 'practiceHeadcount',
  'employmentRate', 'furtherStudyRate', 'localEmploymentRate', 'relevantEmploymentRate', 'certificateRate', 'awardsTotal',
  'integratedEnrolmentRatio', 'perStudentFunding',
  'equipmentPerStudent', 'practiceAreaPerStudent', 'workstationsPerStudent', 'teachingAdminAreaPerStudent', 'booksPerStudent',
] as const;
export type QualityFigureId = (typeof QUALITY_FIGURE_IDS)[number];

/** The 学校年度数据 fields a figure reads besides the records (生均… divides them by the students on roll). */
const FIGURE_ANNUAL_INPUTS: Partial<Record<QualityFigureId, readonly AnnualField[]>> = {
  equipmentPerStudent: ['equipmentValue'],
  practiceAreaPerStudent: ['practiceArea'],
  workstationsPerStudent: ['practiceWorkstations'],
  teachingAdminAreaPerStudent: ['teachingAdminArea'],
  booksPerStudent: ['paperBooks'],
  relevantEmploymentRate: ['relevantEmployed'],
};

/** The 学校年度数据 fields a row is computed from: its own field, or those its figure reads. */
export function annualInputsOf(row: QualityRow): readonly AnnualField[] {
  return 'annual' in row.from ? [row.from.annual] : (FIGURE_ANNUAL_INPUTS[row.from.figure] ?? []);
}

/** How a row's value reads: a share (96.3%), a ratio (15.2 : 1), or an amount in the unit named. */
export type QualityUnit = '%' | '比' | '人' | '人次' | '人日' | '天' | '元' | '元/月' | '元/生' | '元/生·年' | '万元' | '平方米/生' | '册/生' | '个/生' | '个' | '项' | '课时' | '学时';

export interface QualityRow {
  label: string;
  unit: QualityUnit;
  /** a figure the records give, or the 学校年度数据 field entered for the year */
  from: { figure: QualityFigureId } | { annual: AnnualField };
  /** the official definition of the row could not be read in a public text (docs/FORMS.md) */
  unpublished?: true;
}

export interface QualityTable {
  id: string;
  title: string;
  schoolTypes: readonly SchoolType[];
  /** where the table and its rows come from, printed under it */
  source: string;
  rows: readonly QualityRow[];
}

const figure = (id: QualityFigureId) => ({ figure: id });
const annual = (key: AnnualField) => ({ annual: key });

const HIGHER: readonly SchoolType[] = ['高职'];
const SECONDARY: readonly SchoolType[] = ['中职', '技工院校'];
const HIGHER_SOURCE = '教职成司函〔2016〕121号规定的高职质量年报表格，教职成司函〔2023〕28号沿用';
const SECONDARY_SOURCE = '按中职质量年报（教职成厅函〔2016〕2号、教职成司函〔2021〕37号）各部分的数据项整理，国家未规定中职固定数据表';

export const QUALITY_TABLES: readonly QualityTable[] = [
  {
    id: 'scorecard', title: '计分卡', schoolTypes: HIGHER, source: `${HIGHER_SOURCE}；1–5项为2013年以来国家年报计分卡指标`,
    rows: [
      { label: '就业率', unit: '%', from: figure('employmentRate') },
      { label: '月收入', unit: '元', from: annual('monthlyIncome') },
      { label: '专业相关度', unit: '%', from: annual('majorRelevance') },
      { label: '母校满意度', unit: '%', from: annual('alumniSatisfaction') },
      { label: '自主创业比例', unit: '%', from: annual('selfEmploymentRatio') },
      { label: '雇主满意度', unit: '%', from: annual('employerSatisfaction'), unpublished: true },
      { label: '毕业三年职位晋升比例', unit: '%', from: annual('promotionRatio'), unpublished: true },
    ],
  },
  {
    id: 'resources', title: '教学资源表', schoolTypes: HIGHER, source: `${HIGHER_SOURCE}；生均指标按教发〔2004〕2号测算`,
    rows: [
      { label: '全日制在校生数', unit: '人', from: figure('enrolledStudents') },
      { label: '生师比', unit: '比', from: figure('studentTeacherRatioHigher') },
      { label: '双师素质专任教师比例', unit: '%', from: figure('dualQualifiedRatio') },
      { label: '专任教师中高级职称比例', unit: '%', from: figure('seniorTitleRatio'), unpublished: true },
      { label: '生均教学科研仪器设备值', unit: '元/生', from: figure('equipmentPerStudent') },
      { label: '生均实践场所面积', unit: '平方米/生', from: figure('practiceAreaPerStudent'), unpublished: true },
      { label: '生均校内实践教学工位数', unit: '个/生', from: figure('workstationsPerStudent'), unpublished: true },
      { label: '生均教学及辅助、行政办公用房面积', unit: '平方米/生', from: figure('teachingAdminAreaPerStudent') },
      { label: '生均纸质图书', unit: '册/生', from: figure('booksPerStudent') },
      { label: '企业提供的校内实践教学设备值', unit: '万元', from: annual('enterpriseEquipmentValue') },
      { label: '企业兼职教师年课时总量', unit: '课时', from: annual('enterpriseTeacherHours'), unpublished: true },
    ],
  },
  {
    id: 'service', title: '服务贡献表', schoolTypes: HIGHER, source: `${HIGHER_SOURCE}；六项指标为2015年度报告起公布的服务贡献指标`,
    rows: [
      { label: '全日制在校生数', unit: '人', from: figure('enrolledStudents') },
      { label: '毕业生数', unit: '人', from: figure('graduates') },
      { label: '其中：就业数', unit: '人', from: figure('employed') },
      { label: '毕业生就业去向：A类：留在当地就业', unit: '人', from: figure('localEmployed'), unpublished: true },
      { label: '毕业生就业去向：B类：到中小微企业等基层服务', unit: '人', from: annual('smeEmployed'), unpublished: true },
      { label: '毕业生就业去向：C类：到500强企业就业', unit: '人', from: annual('top500Employed'), unpublished: true },
      { label: '升学人数', unit: '人', from: figure('furtherStudy'), unpublished: true },
      { label: '横向技术服务到款额', unit: '万元', from: annual('horizontalServiceIncome') },
      { label: '纵向科研经费到款额', unit: '万元', from: annual('verticalResearchIncome') },
      { label: '技术交易到款额', unit: '万元', from: annual('technologyTransactionIncome') },
      { label: '非学历培训到款额', unit: '万元', from: annual('nonDegreeTrainingIncome') },
      { label: '公益性培训服务', unit: '人日', from: annual('publicTrainingDays') },
    ],
  },
  {
    id: 'policy', title: '落实政策表', schoolTypes: HIGHER, source: `${HIGHER_SOURCE}；各行的官方口径未见公开文本`,
    rows: [
      { label: '年生均财政拨款水平', unit: '元', from: annual('fiscalFundingPerStudent'), unpublished: true },
      { label: '年生均财政专项经费', unit: '元', from: annual('specialFundingPerStudent'), unpublished: true },
      { label: '教职工额定编制数', unit: '人', from: annual('authorisedPosts'), unpublished: true },
      { label: '在编教职工数', unit: '人', from: annual('establishedStaff'), unpublished: true },
      { label: '专任教师数', unit: '人', from: figure('fullTimeTeachers'), unpublished: true },
      { label: '校外兼职教师人数', unit: '人', from: figure('partTimeTeachers'), unpublished: true },
      { label: '校外兼课教师人数', unit: '人', from: figure('visitingTeachers'), unpublished: true },
      { label: '专任教师企业实践天数（本学年）', unit: '天', from: figure('practiceDaysInYear'), unpublished: true },
      { label: '企业捐赠设备值', unit: '万元', from: annual('enterpriseDonatedEquipment'), unpublished: true },
    ],
  },
  {
    id: 'international', title: '国际影响表', schoolTypes: HIGHER, source: `${HIGHER_SOURCE}；各行的官方口径未见公开文本`,
    rows: [
      { label: '全日制国（境）外留学生人数（一年以上）', unit: '人', from: annual('internationalStudents'), unpublished: true },
      { label: '非全日制国（境）外人员培训量', unit: '人日', from: annual('internationalTrainingDays'), unpublished: true },
      { label: '在校生服务“走出去”企业国（境）外实习时间', unit: '人日', from: annual('overseasInternshipDays'), unpublished: true },
      { label: '专任教师赴国（境）外指导和开展培训时间', unit: '人日', from: annual('overseasTeachingDays'), unpublished: true },
      { label: '在国（境）外组织担任职务的专任教师人数', unit: '人', from: annual('internationalPostTeachers'), unpublished: true },
      { label: '开发并被国（境）外采用的专业教学标准数', unit: '个', from: annual('adoptedMajorStandards'), unpublished: true },
      { label: '开发并被国（境）外采用的课程标准数', unit: '个', from: annual('adoptedCourseStandards'), unpublished: true },
      { label: '国（境）外技能大赛获奖数量', unit: '项', from: annual('internationalAwards'), unpublished: true },
    ],
  },
  {
    id: 'scale', title: '规模和结构', schoolTypes: SECONDARY, source: SECONDARY_SOURCE,
    rows: [
      { label: '在籍学生数', unit: '人', from: figure('enrolledStudents') },
      { label: '当年招生数', unit: '人', from: figure('entrants') },
      { label: '毕业生数', unit: '人', from: figure('graduates') },
      { label: '中高职一体化招生占比', unit: '%', from: figure('integratedEnrolmentRatio') },
      { label: '社会培训', unit: '人次', from: annual('socialTrainingCount'), unpublished: true },
    ],
  },
  {
    id: 'teachers', title: '教师队伍', schoolTypes: SECONDARY, source: SECONDARY_SOURCE,
    rows: [
      { label: '专任教师数', unit: '人', from: figure('fullTimeTeachers') },
      { label: '生师比', unit: '比', from: figure('studentTeacherRatio') },
      { label: '“双师型”教师比例', unit: '%', from: figure('dualTeacherRatio') },
      { label: '兼职教师比例', unit: '%', from: figure('partTimeTeacherRatio') },
      { label: '专任教师本科以上学历比例', unit: '%', from: figure('bachelorOrAboveRatio') },
      { label: '研究生层次教师比例', unit: '%', from: figure('postgraduateRatio') },
      { label: '专任教师高级职称比例', unit: '%', from: figure('seniorTitleRatio') },
      { label: '名优教师比例', unit: '%', from: figure('distinguishedTeacherRatio') },
      { label: '专任教师企业实践天数（本学年）', unit: '天', from: figure('practiceDaysInYear'), unpublished: true },
      { label: '企业实践达标率', unit: '%', from: figure('practiceComplianceRate') },
    ],
  },
  {
    id: 'facilities', title: '设施设备', schoolTypes: SECONDARY, source: SECONDARY_SOURCE,
    rows: [
      { label: '生均教学仪器设备值', unit: '元/生', from: figure('equipmentPerStudent') },
      { label: '生均纸质图书', unit: '册/生', from: figure('booksPerStudent') },
      { label: '校内实训工位数', unit: '个', from: annual('practiceWorkstations'), unpublished: true },
      { label: '实训基地数', unit: '个', from: annual('trainingBases'), unpublished: true },
    ],
  },
  {
    id: 'outcomes', title: '学生素质与就业质量', schoolTypes: SECONDARY, source: SECONDARY_SOURCE,
    rows: [
      { label: '毕业生证书获取率', unit: '%', from: figure('certificateRate') },
      { label: '技能大赛获奖', unit: '项', from: figure('awardsTotal') },
      { label: '就业率', unit: '%', from: figure('employmentRate') },
      { label: '对口就业率', unit: '%', from: figure('relevantEmploymentRate') },
      { label: '初次就业起薪', unit: '元/月', from: annual('startingSalary'), unpublished: true },
      { label: '升学率', unit: '%', from: figure('furtherStudyRate') },
      { label: '本地就业率', unit: '%', from: figure('localEmploymentRate') },
    ],
  },
  {
    id: 'cooperation', title: '校企合作', schoolTypes: SECONDARY, source: SECONDARY_SOURCE,
    rows: [
      { label: '产业学院数', unit: '个', from: annual('industryColleges'), unpublished: true },
      { label: '订单班数', unit: '个', from: annual('orderClasses'), unpublished: true },
      { label: '入企实践人次', unit: '人次', from: figure('practiceHeadcount') },
      { label: '企业兼职教师人数', unit: '人', from: figure('partTimeTeachers') },
    ],
  },
  {
    id: 'funding', title: '经费与社会服务', schoolTypes: SECONDARY, source: SECONDARY_SOURCE,
    rows: [
      { label: '生均公用经费', unit: '元/生·年', from: figure('perStudentFunding') },
      { label: '科研合同到款额', unit: '元', from: annual('researchIncome'), unpublished: true },
      { label: '职业精神专题教育', unit: '学时', from: annual('professionalSpiritHours'), unpublished: true },
    ],
  },
];

export function qualityTablesFor(schoolType: SchoolType): QualityTable[] {
  return QUALITY_TABLES.filter((t) => t.schoolTypes.includes(schoolType));
}

/** Which table of the school type's uses each 学校年度数据 field: the form groups the fields by it. */
function annualFieldTables(schoolType: SchoolType): Map<AnnualField, string> {
  const out = new Map<AnnualField, string>();
  for (const t of qualityTablesFor(schoolType)) for (const r of t.rows) for (const key of annualInputsOf(r)) if (!out.has(key)) out.set(key, t.title);
  return out;
}

/** The 学校年度数据 form's fields for a school type: those a 质量年报 table uses under its title, the plan's other
 * figures under their sections, and none of the fields that only the other type's tables use. */
export function annualFieldsFor(schoolType: SchoolType): FieldDescriptor<AnnualField>[] {
  const tables = annualFieldTables(schoolType);
  const shown = annualDataFields.flatMap((f) => {
    const table = tables.get(f.key);
    if (table) return [{ ...f, section: `质量年报·${table}` }];
    return f.section === QUALITY_SECTION ? [] : [f];
  });
  // the plan's figures first, then the tables in their order
  return [...shown.filter((f) => !f.section.startsWith('质量年报·')), ...shown.filter((f) => f.section.startsWith('质量年报·'))];
}
