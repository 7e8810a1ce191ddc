// The school's annual data of the last two school years, agreeing with the roster where it has the cohort.
import type { Db } from '../../db/open';
import { annualData } from '../../db/schema';
import type { Random } from '../random';
import type { Context } from './index';
import { rowInserter } from './insert';
import type { Cohort } from './students';

/**
 * The figures no roster gives, for the last two school years (a school year is named by the calendar year it
 * starts in, like entry years). Enrolment and, where the roster has the cohort, graduates agree with the roster.
 */
export function insertAnnualData(db: Db, ctx: Context, cohorts: Cohort[], students: number): void {
  const { rng } = ctx;
  const insert = rowInserter(db, annualData);
  const scale = Math.max(0.2, students / 1200);
  const current = cohorts[cohorts.length - 1];
  const graduated = cohorts[0];
  let funding = rng.int(2500, 3400);
  for (const schoolYear of [current.entryYear - 1, current.entryYear]) {
    const entrants = cohorts.find((c) => c.entryYear === schoolYear)!;
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
      updatedAt: ctx.stamp,
    });
    ctx.counts.annualData++;
    funding = Math.min(3800, funding + rng.int(50, 300));
  }
}

/** A year before the roster: about as many graduates as the graduated cohort, with the same shares. */
function estimateGraduates(rng: Random, like: Cohort): Cohort {
  const factor = 0.9 + rng.next() * 0.08;
  const scaled = (n: number) => Math.round(n * factor);
  return { ...like, graduates: scaled(like.graduates), employed: scaled(like.employed), furtherStudy: scaled(like.furtherStudy),
    localEmployed: scaled(like.localEmployed), lowIncomeGraduates: scaled(like.lowIncomeGraduates), lowIncomeEmployed: scaled(like.lowIncomeEmployed) };
}
