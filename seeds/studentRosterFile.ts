// A student roster .xlsx as a registrar exports it from the 学籍 system, of any size (a school: 10,000 students; a
// city: 200,000), deterministic for a seed: for the import benchmark and its raw baseline (DESIGN §7). The sheet's
// header is the student fields' Excel headers; the majors and classes it names are returned for setting up the
// database first, and the same students as database rows for the baseline insert.
import * as XLSX from '@e965/xlsx';
import type { Sqlite } from '../db/open';
import { excelHeaderOf } from '@shared/fields';
import { studentFields, type StudentField } from '@shared/students';
import { catalogueFor } from './majors';
import { idAreaCode, makeIdCard, personName, type Sex } from './names';
import { createRandom, dayOf, fromDay, yearOfDay } from './random';

export interface RosterStudent {
  studentNo: string;
  name: string;
  idCard: string;
  birthDate: string;
  sex: Sex;
  majorName: string;
  className: string;
  entryYear: number;
  schoolingSystem: '三年制' | '中高职一体化3+2';
  expectedGraduationYear: number;
  status: '在籍' | '毕业' | '休学' | '退学' | '转出';
  integrated: boolean;
  lowIncome: boolean;
  destination: '就业' | '升学' | null;
  /** 就业 only */
  destinationLocal: boolean | null;
}

export interface StudentRosterFile {
  /** the .xlsx: one sheet 学生名册, a header row, one row per student */
  bytes: Buffer;
  /** what the file names, to create before importing it */
  majors: { code: string; name: string }[];
  classes: { name: string; majorName: string; entryYear: number }[];
  /** the file's rows, in order */
  students: RosterStudent[];
}

export const ROSTER_DEFAULTS = { seed: 20250901, sheet: '学生名册' } as const;
const CLASS_SIZE = 50;
/** The cohort that graduated last summer, then the three in school. */
const ENTRY_YEARS = [2021, 2022, 2023, 2024];
const LAST_GRADUATION = 2024;

/** `students` students of a 中职 school's ten majors, in classes of 50, written as Excel writes (shared strings). */
export function studentRosterFile(opts: { students: number; seed?: number }): StudentRosterFile {
  const rng = createRandom(opts.seed ?? ROSTER_DEFAULTS.seed);
  const majors = catalogueFor('中职').map((m) => ({ code: m.code, name: m.name }));
  const classes: StudentRosterFile['classes'] = [];
  const students: RosterStudent[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < opts.students; i++) {
    // Fill class after class: 50 seats, each (major, entry year) in turn.
    const classIndex = Math.floor(i / CLASS_SIZE);
    const major = majors[classIndex % majors.length];
    const entryYear = ENTRY_YEARS[Math.floor(classIndex / majors.length) % ENTRY_YEARS.length];
    const className = `${entryYear}级${major.name}${Math.floor(classIndex / (majors.length * ENTRY_YEARS.length)) + 1}班`;
    if (i % CLASS_SIZE === 0) classes.push({ name: className, majorName: major.name, entryYear });
    const sex: Sex = rng.chance(0.45) ? '女' : '男';
    const birthDay = rng.day(dayOf(entryYear - 16, 9, 1), dayOf(entryYear - 15, 8, 31));
    const person = personName(rng, sex, yearOfDay(birthDay));
    const birthDate = fromDay(birthDay);
    const integrated = rng.chance(0.35);
    const graduated = entryYear + 3 <= LAST_GRADUATION;
    const r = rng.next();
    const status = graduated ? (r < 0.04 ? '退学' : '毕业') : r < 0.01 ? '退学' : r < 0.02 ? '转出' : r < 0.03 ? '休学' : '在籍';
    const destination = status === '毕业' ? (rng.chance(0.6) ? '升学' : '就业') : null;
    students.push({
      studentNo: `${entryYear}${String(classIndex).padStart(4, '0')}${String((i % CLASS_SIZE) + 1).padStart(2, '0')}`,
      name: person.name,
      idCard: makeIdCard(rng, idAreaCode(rng, yearOfDay(birthDay), person.origin), birthDate, sex, taken),
      birthDate,
      sex,
      majorName: major.name,
      className,
      entryYear,
      schoolingSystem: integrated ? '中高职一体化3+2' : '三年制',
      expectedGraduationYear: entryYear + 3,
      status,
      integrated,
      lowIncome: rng.chance(0.08),
      destination,
      destinationLocal: destination === '就业' ? rng.chance(0.7) : null,
    });
  }
  return { bytes: rosterWorkbook(students), majors, classes, students };
}

const yesNo = (v: boolean | null) => (v === null ? null : v ? '是' : '否');

function rosterWorkbook(students: readonly RosterStudent[]): Buffer {
  const keys = studentFields.map((f) => f.key);
  const cell = (s: RosterStudent, key: StudentField) => {
    const v = s[key];
    return typeof v === 'boolean' || v === null ? yesNo(v) : v;
  };
  const ws = XLSX.utils.aoa_to_sheet([studentFields.map(excelHeaderOf)], { dense: true });
  // In slices: a city's 200,000 rows never sit in memory twice over.
  const SLICE = 10_000;
  for (let i = 0; i < students.length; i += SLICE)
    XLSX.utils.sheet_add_aoa(ws, students.slice(i, i + SLICE).map((s) => keys.map((k) => cell(s, k))), { origin: -1, dense: true } as XLSX.SheetAOAOpts);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, ROSTER_DEFAULTS.sheet);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Buffer;
}

/** Writes the roster's majors and classes into a set-up database (before an import of the roster or the baseline). */
export function insertRosterMajorsAndClasses(sqlite: Sqlite, roster: Pick<StudentRosterFile, 'majors' | 'classes'>): void {
  const major = sqlite.prepare('insert into majors (code, name, is_core) values (?, ?, 0)');
  const klass = sqlite.prepare('insert into classes (name, major_id, entry_year) values (?, (select id from majors where name = ?), ?)');
  sqlite.transaction(() => {
    for (const m of roster.majors) major.run(m.code, m.name);
    for (const c of roster.classes) klass.run(c.name, c.majorName, c.entryYear);
  })();
}

/** A roster student as a students row: its major and class named by id, as the app's insert takes it. */
export type RosterStudentRow = Omit<RosterStudent, 'majorName' | 'className'> & { majorId: number; classId: number };

/** The roster's students with their majors and classes found by name in the database. */
export function rosterStudentRows(sqlite: Sqlite, students: readonly RosterStudent[]): RosterStudentRow[] {
  const ids = (table: string) => new Map(sqlite.prepare(`select name, id from ${table}`).raw().all() as [string, number][]);
  const majorIds = ids('majors');
  const classIds = ids('classes');
  return students.map(({ majorName, className, ...s }) => ({ ...s, majorId: majorIds.get(majorName)!, classId: classIds.get(className)! }));
}

/** The raw baseline of an insert: students rows written with one prepared positional INSERT in one transaction, the
 * columns an import writes. Returns the rows written. */
export function baselineInsert(sqlite: Sqlite, students: readonly RosterStudentRow[], updatedAt: string): number {
  const insert = sqlite.prepare(
    `insert into students (student_no, name, id_card, sex, birth_date, major_id, class_id, entry_year, schooling_system,
       expected_graduation_year, status, integrated, low_income, destination, destination_local, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const bit = (v: boolean | null) => (v === null ? null : v ? 1 : 0);
  sqlite.transaction(() => {
    for (const s of students)
      insert.run(
        s.studentNo, s.name, s.idCard, s.sex, s.birthDate, s.majorId, s.classId, s.entryYear, s.schoolingSystem,
        s.expectedGraduationYear, s.status, bit(s.integrated), bit(s.lowIncome), s.destination, bit(s.destinationLocal), updatedAt,
      );
  })();
  return students.length;
}
