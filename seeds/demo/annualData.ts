// The school's annual data of the last two school years, agreeing with the roster where it has the cohort.
import type { Db } from '../../db/open';
import { annualData } from '../../db/schema';
import { fromDay, type Random } from '../random';
import type { Context } from './index';
import { rowInserter } from './insert';
import type { Cohort } from './students';
import { statisticsYearOf } from '@shared/dates';
import { annualDataFields, QUALITY_SECTION, type AnnualDataValues } from '@shared/annualData';

/**
 * The figures no roster gives, for the last two entry years and the statistics year of the cut-off. Enrolment
 * and, where the roster has the cohort, graduates agree with the roster.
 */
export function insertAnnualData(db: Db, ctx: Context, cohorts: Cohort[], students: number): void {
  const { rng } = ctx;
  const insert = rowInserter(db, annualData);
  const scale = Math.max(0.2, students / 1200);
  const current = cohorts[cohorts.length - 1];
  const graduated = cohorts[0];
  let funding = rng.int(2500, 3400);
  // the two latest entry years, and the statistics year of the cut-off when it is later (its intake still to come:
  // an intake like the latest), so the overview and the 质量年报 tables of the default year have their figures
  const statisticsYear = statisticsYearOf(fromDay(ctx.asOfDay));
  const years = [...new Set([current.entryYear - 1, current.entryYear, statisticsYear])];
  for (const schoolYear of years) {
    const entrants = cohorts.find((c) => c.entryYear === schoolYear) ?? current;
    // Graduates of the summer that opened this school year: the roster's graduated cohort, or an estimate like it.
    const grads = graduated.entryYear + 3 === schoolYear ? graduated : estimateGraduates(rng, graduated);
    // The draws inside the row (colleges to spirit hours) are made in this order, as the keys.
    insert({
      schoolYear,
      publicFundingPerStudent: funding,
      enrolmentTotal: entrants.enrolled,
      integratedEnrolment: entrants.integrated,
      industryColleges: Math.max(1, Math.round(scale * rng.int(1, 3))),
      orderClasses: Math.round(scale * rng.int(2, 6)),
      trainingBases: Math.round(scale * rng.int(6, 12)),
      socialTrainingCount: Math.round(scale * rng.int(2000, 6000)),
      researchIncome: Math.round((scale * rng.int(200, 900)) / 10) * 10_000,
      professionalSpiritHours: rng.int(16, 24),
      graduatesTotal: grads.graduates,
      employed: grads.employed,
      furtherStudy: grads.furtherStudy,
      localEmployed: grads.localEmployed,
      lowIncomeGraduates: grads.lowIncomeGraduates,
      lowIncomeEmployed: grads.lowIncomeEmployed,
      ...qualityTableData(ctx.type, scale, students, grads, schoolYear - statisticsYear),
      updatedAt: ctx.stamp,
    });
    ctx.counts.annualData++;
    funding = Math.min(3800, funding + rng.int(50, 300));
  }
}

type QualityTableData = Omit<AnnualDataValues, 'publicFundingPerStudent' | 'enrolmentTotal' | 'integratedEnrolment' | 'industryColleges' | 'orderClasses' | 'trainingBases' | 'socialTrainingCount' | 'researchIncome' | 'professionalSpiritHours' | 'graduatesTotal' | 'employed' | 'furtherStudy' | 'localEmployed' | 'lowIncomeGraduates' | 'lowIncomeEmployed'>;

/** The 质量年报 tables' figures of the school's type (the other type's stay blank), in proportion to its size and
 * with no draw of their own, so the rest of the school stays as it was; `age` is 0 for the latest year, −1 before. */
function qualityTableData(type: Context['type'], scale: number, students: number, grads: Cohort, age: number): QualityTableData {
  const grow = (n: number) => Math.round(n * (1 + 0.04 * age) * 100) / 100;
  const blank = Object.fromEntries(annualDataFields.filter((f) => f.section === QUALITY_SECTION).map((f) => [f.key, null])) as QualityTableData;
  const shared = { equipmentValue: grow(scale * 1650), paperBooks: Math.round(students * 32), practiceWorkstations: Math.round(students * 0.45) };
  if (type !== '高职') {
    return { ...blank, ...shared, relevantEmployed: Math.round(grads.employed * 0.82), startingSalary: Math.round(grow(3900)) };
  }
  const percent = (base: number) => Math.round((base + age) * 10) / 10;
  return {
    ...blank, ...shared,
    monthlyIncome: Math.round(grow(4600)), majorRelevance: percent(68.5), alumniSatisfaction: percent(93.2), selfEmploymentRatio: percent(3.1),
    employerSatisfaction: percent(95.4), promotionRatio: percent(58.0),
    practiceArea: grow(students * 6.5), teachingAdminArea: grow(students * 15.8),
    enterpriseEquipmentValue: grow(scale * 260), enterpriseTeacherHours: Math.round(scale * 5200),
    smeEmployed: Math.round(grads.employed * 0.55), top500Employed: Math.round(grads.employed * 0.04),
    horizontalServiceIncome: grow(scale * 420), verticalResearchIncome: grow(scale * 180), technologyTransactionIncome: grow(scale * 35),
    nonDegreeTrainingIncome: grow(scale * 610), publicTrainingDays: Math.round(scale * 9000),
    fiscalFundingPerStudent: Math.round(grow(14200)), specialFundingPerStudent: Math.round(grow(3100)),
    authorisedPosts: Math.round(students / 16), establishedStaff: Math.round(students / 17.5), enterpriseDonatedEquipment: grow(scale * 90),
    internationalStudents: Math.round(scale * 12), internationalTrainingDays: Math.round(scale * 800), overseasInternshipDays: Math.round(scale * 300),
    overseasTeachingDays: Math.round(scale * 120), internationalPostTeachers: Math.round(scale * 2), adoptedMajorStandards: 1, adoptedCourseStandards: 3,
    internationalAwards: 0,
  };
}

/** A year before the roster: about as many graduates as the graduated cohort, with the same shares. */
function estimateGraduates(rng: Random, like: Cohort): Cohort {
  const factor = 0.9 + rng.next() * 0.08;
  const scaled = (n: number) => Math.round(n * factor);
  return { ...like, graduates: scaled(like.graduates), employed: scaled(like.employed), furtherStudy: scaled(like.furtherStudy),
    localEmployed: scaled(like.localEmployed), lowIncomeGraduates: scaled(like.lowIncomeGraduates), lowIncomeEmployed: scaled(like.lowIncomeEmployed) };
}
