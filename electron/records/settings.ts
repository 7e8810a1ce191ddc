// The settings a handler, the import and a report all read: the compliance rule's (DESIGN §4.1) and the certificate
// rate's qualifying levels (DESIGN §4.2). Written by their handlers under these keys.
import { DEFAULT_COMPLIANCE_SETTINGS, type ComplianceSettings } from '@shared/rules/practice';
import { DEFAULT_CERTIFICATE_THRESHOLDS, type CertificateThresholdSettings } from '@shared/rules/certificates';
import { getSetting } from '../../db/queries/school';
import type { Db } from '../../db/open';

export const COMPLIANCE_SETTINGS_KEY = 'practice.compliance';
export const CERTIFICATE_THRESHOLDS_KEY = 'certificateThresholds';

/** The compliance rule's settings (required days, window, fixed cycle, whether pending records count); one saved
 * before a setting existed takes that setting's default. */
export function complianceSettingsOf(db: Db): ComplianceSettings {
  return { ...DEFAULT_COMPLIANCE_SETTINGS, ...getSetting<Partial<ComplianceSettings>>(db, COMPLIANCE_SETTINGS_KEY, {}) };
}

/** The lowest qualifying levels per school type (DESIGN §4.2 settings). */
export function certificateThresholdsOf(db: Db): CertificateThresholdSettings {
  return getSetting<CertificateThresholdSettings>(db, CERTIFICATE_THRESHOLDS_KEY, DEFAULT_CERTIFICATE_THRESHOLDS);
}

export const NETWORK_SETTING_KEY = 'network';
export interface NetworkSetting {
  enabled: boolean;
  port: number;
}

/** 局域网访问 as the administrator left it: off by default, on port 8080 when first switched on. */
export function savedNetworkSetting(db: Db): NetworkSetting {
  return getSetting<NetworkSetting>(db, NETWORK_SETTING_KEY, { enabled: false, port: 8080 });
}
