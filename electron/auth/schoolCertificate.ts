// The school's own certificate for the network (DESIGN §12, docs/SECURITY.md): made by this app the first time the
// network is switched on, kept in the data folder, and made again when this computer has an address it does not
// name, or when it nears its end. Its SHA-256 fingerprint is what a teacher compares in the browser.
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { generate } from 'selfsigned';

export interface SchoolCertificate {
  /** PEM */
  key: string;
  cert: string;
  /** SHA-256 of the certificate, as browsers show it: AB:CD:… */
  fingerprint: string;
  validTo: Date;
  /** the addresses and host names it is valid for */
  names: string[];
}

const FOLDER = 'network';
const KEY_FILE = 'school-key.pem';
const CERT_FILE = 'school-cert.pem';
const VALID_YEARS = 5;
const RENEW_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;

/** "DNS:localhost, IP Address:192.168.1.20" → ['localhost', '192.168.1.20'] */
function namesOf(subjectAltName: string | undefined): string[] {
  return (subjectAltName ?? '')
    .split(', ')
    .map((entry) => entry.replace(/^(DNS|IP Address):/, ''))
    .filter(Boolean);
}

/** The kept certificate, or null when there is none or it does not hold together (a changed or damaged file). */
function readKept(folder: string): SchoolCertificate | null {
  try {
    const key = fs.readFileSync(path.join(folder, KEY_FILE), 'utf8');
    const cert = fs.readFileSync(path.join(folder, CERT_FILE), 'utf8');
    const x509 = new crypto.X509Certificate(cert);
    if (!x509.checkPrivateKey(crypto.createPrivateKey(key))) return null;
    return { key, cert, fingerprint: x509.fingerprint256, validTo: new Date(x509.validTo), names: namesOf(x509.subjectAltName) };
  } catch {
    return null;
  }
}

/** Written beside and renamed over, so a crash never leaves half a key; readable by this user only. */
function writePrivate(file: string, text: string) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text, { mode: 0o600 });
  fs.renameSync(temporary, file);
}

/**
 * The certificate for serving `names` (this computer's addresses and host names): the kept one while it names them
 * all and has more than 30 days left, else a new one (an EC P-256 key, SHA-256, 5 years) that also keeps naming the
 * addresses the old one did, so a laptop moving between two networks does not get a new fingerprint each time.
 */
export async function schoolCertificate(dataDir: string, names: readonly string[], schoolName: string, now = new Date()): Promise<SchoolCertificate> {
  const folder = path.join(dataDir, FOLDER);
  const kept = readKept(folder);
  if (kept && names.every((n) => kept.names.includes(n)) && kept.validTo.getTime() - now.getTime() > RENEW_DAYS * DAY_MS) return kept;

  const wanted = [...new Set([...names, ...(kept?.names ?? [])])];
  const notAfter = new Date(now);
  notAfter.setFullYear(notAfter.getFullYear() + VALID_YEARS);
  const made = await generate([{ name: 'commonName', value: `职教台账 ${schoolName}`.slice(0, 64) }, { name: 'organizationName', value: schoolName.slice(0, 64) || '职教台账' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    // a school computer's clock may run a little behind the teacher's phone
    notBeforeDate: new Date(now.getTime() - DAY_MS),
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: wanted.map((n) => (net.isIP(n) ? { type: 7 as const, ip: n } : { type: 2 as const, value: n })) },
    ],
  });
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  writePrivate(path.join(folder, KEY_FILE), made.private);
  writePrivate(path.join(folder, CERT_FILE), made.cert);
  const written = readKept(folder);
  if (!written) throw new Error('the certificate just made does not read back');
  return written;
}
