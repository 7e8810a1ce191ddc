// The whole-school figures the overview opens with read a year's graduates and their certificates from indexes
// alone: on a city's 50,000 students a year, visiting the table for each took most of the time (docs/PERFORMANCE.md).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graduateDestinations } from '../../../db/queries/annualData';
import { certificatesOfCohortYear } from '../../../db/queries/certificates';
import { loadIndicatorInputs } from '../../../db/queries/indicators';
import { DEFAULT_CERTIFICATE_THRESHOLDS } from '@shared/rules/certificates';
import { DEFAULT_COMPLIANCE_SETTINGS } from '@shared/rules/practice';
import { generateDemoSchool } from '../../../seeds/demo';
import { openTestSchool, type TestSchool } from '../../helpers/school';
import { logStatements, type StatementLog } from '../../helpers/queryPlans';

const AS_OF = '2025-08-31';
let school: TestSchool;
let log: StatementLog;
beforeAll(async () => {
  school = await openTestSchool(AS_OF);
  generateDemoSchool(school.app.store.sqlite, { type: '中职', staff: 20, students: 600, asOf: AS_OF });
  log = logStatements(school.app.store.sqlite);
});
afterAll(() => school.close());

const qualifying = { schoolType: '中职' as const, thresholds: DEFAULT_CERTIFICATE_THRESHOLDS, cutoffDate: '2025-08-31' };

it("reads a year's graduate destinations from the status index alone", () => {
  const destinations = log.plans(() => graduateDestinations(school.app.store.db, 2025)).find((s) => s.source.includes('group by'));
  expect(destinations?.plan).toBe('SEARCH students USING COVERING INDEX students_status_idx (status=? AND expected_graduation_year=?)');
});

const inCertificatesIndex = /SEARCH student_certificates (EXISTS )?USING COVERING INDEX student_certificates_student_idx \(student_id=\? AND obtained_date<\?\)/;

it("finds the cohort's qualifying certificates in the certificates' index, for the rate and for the indicator", () => {
  const [forRate] = log.plans(() => certificatesOfCohortYear(school.app.store.db, 2025, qualifying));
  expect(forRate.plan).toMatch(inCertificatesIndex);
  const none = { numerator: null, denominator: null, value: null, note: null };
  const options = {
    asOf: AS_OF, year: 2025, schoolType: '中职' as const, complianceSettings: DEFAULT_COMPLIANCE_SETTINGS, certificateThresholds: DEFAULT_CERTIFICATE_THRESHOLDS,
    annual: { integratedEnrolmentRatio: none, employmentRate: none, furtherStudyRate: none, localEmploymentRate: none, lowIncomeEmploymentRate: none, perStudentFunding: none },
  };
  const certified = log.plans(() => loadIndicatorInputs(school.app.store.db, options)).find((s) => s.source.includes('exists (select 1 from "student_certificates"'));
  expect(certified?.plan).toMatch(inCertificatesIndex);
});
