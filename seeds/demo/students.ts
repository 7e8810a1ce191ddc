// Classes, students and their certificates, by entry year and major; the tallies per cohort for the annual data.
import type { Db } from '../../db/open';
import { classes, studentCertificates, students } from '../../db/schema';
import type { CERTIFICATE_KINDS, SchoolType, STUDENT_STATUSES } from '@shared/vocab';
import type { FieldProfile } from '../majors';
import { idAreaCode, makeIdCard, personName, type Sex } from '../names';
import { DAYS_PER_YEAR, dayOf, fromDay, weightedTable, yearOfDay } from '../random';
import { apportion } from './helpers';
import type { Context } from './index';
import { rowInserter, type RowInserter } from './insert';
import type { DemoMajor } from './school';

type CertificateKind = (typeof CERTIFICATE_KINDS)[number];
type StudentStatus = (typeof STUDENT_STATUSES)[number];
type Destination = '就业' | '升学' | '其他';

export interface Cohort {
  entryYear: number;
  enrolled: number;
  integrated: number;
  graduates: number;
  employed: number;
  furtherStudy: number;
  localEmployed: number;
  lowIncomeGraduates: number;
  lowIncomeEmployed: number;
}

/** Share of 中高职一体化 entrants by entry year, oldest first: rising towards the 40% target. */
const INTEGRATED_SHARE = [0.28, 0.33, 0.38, 0.42];
const COHORT_WEIGHTS = [23, 24, 26, 27];
const CLASS_SIZE = 50;

const DESTINATIONS: Record<SchoolType, ReturnType<typeof weightedTable<Destination>>> = {
  中职: weightedTable<Destination>([['升学', 62], ['就业', 34], ['其他', 4]]),
  技工院校: weightedTable<Destination>([['就业', 75], ['升学', 20], ['其他', 5]]),
  高职: weightedTable<Destination>([['就业', 82], ['升学', 13], ['其他', 5]]),
};

/** The school year under way at asOf starts with the entry year E0 (September); the roster holds the three cohorts
 * in school plus the one that graduated last summer, so the certificate rate and destinations have a cohort. */
function entryYears(asOfDay: number): number[] {
  const year = yearOfDay(asOfDay);
  const latest = asOfDay >= dayOf(year, 9, 1) ? year : year - 1;
  return [latest - 3, latest - 2, latest - 1, latest];
}

/**
 * Classes of up to 50 per major and entry year, their students and the students' certificates. 中职 enrol a rising
 * share of 中高职一体化 students; a few students suspend, drop out or transfer, more the longer they have been in
 * school. Returns the tallies per cohort (for the annual data) and the competition pools per major.
 */
export function insertStudents(db: Db, ctx: Context, majors: DemoMajor[], total: number) {
  const { rng, asOfDay, type } = ctx;
  const years = entryYears(asOfDay);
  const cohorts: Cohort[] = years.map((entryYear) => ({
    entryYear, enrolled: 0, integrated: 0, graduates: 0, employed: 0, furtherStudy: 0, localEmployed: 0, lowIncomeGraduates: 0, lowIncomeEmployed: 0,
  }));
  /** Per major, entry year → students still or once in school (not 退学/转出): the pools for competition teams. */
  const byMajor = majors.map(() => new Map<number, number[]>());
  if (total === 0 || majors.length === 0) return { cohorts, byMajor };

  const insertClass = rowInserter(db, classes);
  const insertStudent = rowInserter(db, students);
  const insertCertificate = rowInserter(db, studentCertificates);
  const entryAge = type === '高职' ? 18 : 15;
  const perCohort = apportion(total, COHORT_WEIGHTS);

  years.forEach((entryYear, cohortIndex) => {
    const cohort = cohorts[cohortIndex];
    const gradYear = entryYear + 3;
    const graduated = asOfDay >= dayOf(gradYear, 7, 1);
    const yearsIn = (asOfDay - dayOf(entryYear, 9, 1)) / DAYS_PER_YEAR;
    const perMajor = apportion(perCohort[cohortIndex], majors.map((m) => m.weight));
    majors.forEach((major, majorIndex) => {
      const count = perMajor[majorIndex];
      if (count === 0) return;
      const competitors: number[] = [];
      byMajor[majorIndex].set(entryYear, competitors);
      const attainment = 0.9 + rng.next() * 0.075;
      const classSizes = apportion(count, new Array(Math.ceil(count / CLASS_SIZE)).fill(1));
      classSizes.forEach((size, classIndex) => {
        const className = `${entryYear}级${major.name}${classIndex + 1}班`;
        const classId = insertClass({ name: className, majorId: major.id, entryYear });
        ctx.counts.classes++;
        for (let seat = 1; seat <= size; seat++) {
          const sex: Sex = rng.chance(major.profile.femaleShare) ? '女' : '男';
          // Born in the school year ending when they were entryAge, a few a year or two older.
          const older = rng.chance(0.15) ? (rng.chance(0.8) ? 1 : 2) : 0;
          const birthDay = rng.day(dayOf(entryYear - entryAge - 1 - older, 9, 1), dayOf(entryYear - entryAge - older, 8, 31));
          const birthYear = yearOfDay(birthDay);
          const person = personName(rng, sex, birthYear);
          const idCard = makeIdCard(rng, idAreaCode(rng, birthYear, person.origin), fromDay(birthDay), sex, ctx.takenIds);
          const integrated = type === '中职' && rng.chance(INTEGRATED_SHARE[cohortIndex]);
          const lowIncome = rng.chance(0.08);
          let status: StudentStatus;
          const r = rng.next();
          if (graduated) status = r < 0.035 ? '退学' : r < 0.055 ? '转出' : '毕业';
          else status = r < 0.004 + 0.012 * yearsIn ? '退学' : r < 0.007 + 0.019 * yearsIn ? '转出' : r < 0.013 + 0.019 * yearsIn ? '休学' : '在籍';
          let destination: Destination | null = null;
          let local: boolean | null = null;
          if (status === '毕业') {
            destination = rng.weighted(DESTINATIONS[type]);
            // Families in hardship get the most help finding work (the 98% target).
            if (lowIncome && destination === '其他' && rng.chance(0.8)) destination = '就业';
            local = destination === '其他' ? null : rng.chance(destination === '就业' ? 0.72 : 0.55);
            cohort.graduates++;
            if (destination === '就业') cohort.employed++;
            if (destination === '升学') cohort.furtherStudy++;
            if (destination === '就业' && local) cohort.localEmployed++;
            if (lowIncome) cohort.lowIncomeGraduates++;
            if (lowIncome && destination === '就业') cohort.lowIncomeEmployed++;
          }
          cohort.enrolled++;
          if (integrated) cohort.integrated++;
          const studentNo = `${entryYear}${String(major.index).padStart(2, '0')}${String(classIndex + 1).padStart(3, '0')}${String(seat).padStart(2, '0')}`;
          const schooling = integrated ? (rng.chance(0.75) ? '中高职一体化3+2' : '中高职一体化3+4') : '三年制';
          const id = insertStudent({
            studentNo, name: person.name, idCard, sex, birthDate: fromDay(birthDay), majorId: major.id, classId, entryYear, schoolingSystem: schooling,
            expectedGraduationYear: gradYear, status, integrated, lowIncome, destination, destinationLocal: local, updatedAt: ctx.stamp,
          });
          ctx.counts.students++;
          if (status === '退学' || status === '转出') continue;
          competitors.push(id);
          insertStudentCertificates(ctx, insertCertificate, id, major.profile, gradYear, attainment);
        }
      });
    });
  });
  return { cohorts, byMajor };
}

/** The certificate levels that count for the school type (DESIGN §4.2), and the ones just below. */
function certificateLevels(type: SchoolType) {
  return type === '高职'
    ? { skill: '三级', x: '中级', lowerSkill: '四级', lowerX: '初级' }
    : { skill: '四级', x: '初级', lowerSkill: '五级', lowerX: null };
}

/**
 * A student's certificates, planned over the whole course and written only when obtained by asOf: the qualifying
 * one in the final year (before Aug 31 of the graduation year) for ~90–97% of a cohort; otherwise a lower level,
 * or a late one, or none. Many also took a 五级 (初级工) earlier.
 */
function insertStudentCertificates(
  ctx: Context, insert: RowInserter<typeof studentCertificates>, studentId: number, profile: FieldProfile, gradYear: number, attainment: number,
): void {
  const { rng, asOfDay } = ctx;
  const levels = certificateLevels(ctx.type);
  // A student holds a certificate of a kind, name and level once (the import's key): the same again is not written.
  const held = new Set<string>();
  const write = (day: number, qualifying: boolean) => {
    if (day > asOfDay) return;
    const useX = profile.xCertificates.length > 0 && rng.chance(profile.xShare) && (qualifying || levels.lowerX !== null);
    const x = useX ? rng.pick(profile.xCertificates) : null;
    const [kind, name, level]: [CertificateKind, string, string | null] = x
      ? ['1+X证书', x.name, qualifying ? levels.x : levels.lowerX]
      : ['职业技能等级证书', rng.pick(profile.occupations), qualifying ? levels.skill : levels.lowerSkill];
    const number = x ? `${yearOfDay(day)}${rng.digits(14)}` : `S000033${rng.digits(15)}`;
    const key = `${kind} ${name} ${level}`;
    if (held.has(key)) return;
    held.add(key);
    insert({ studentId, kind, name, level, issuer: x ? x.issuer : ctx.schoolName, number, obtainedDate: fromDay(day) });
    ctx.counts.studentCertificates++;
  };
  if (rng.chance(0.2)) write(rng.day(dayOf(gradYear - 2, 12, 1), dayOf(gradYear - 1, 6, 30)), false);
  if (rng.chance(attainment)) write(rng.day(dayOf(gradYear - 1, 11, 1), dayOf(gradYear, 6, 30)), true);
  else if (rng.chance(0.45)) write(rng.day(dayOf(gradYear - 1, 6, 1), dayOf(gradYear, 6, 30)), false);
  else if (rng.chance(0.35)) write(rng.day(dayOf(gradYear, 9, 15), dayOf(gradYear, 12, 20)), true); // after the cut-off
}
