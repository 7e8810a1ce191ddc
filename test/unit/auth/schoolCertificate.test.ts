// The school's own certificate (DESIGN §12, docs/SECURITY.md): made once and kept, so the fingerprint a teacher
// checked stays the same across restarts; made again for an address it does not name, near its end, or when its
// files do not hold together; its key readable by this user only; and a TLS client trusting it reaches the server.
import crypto from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { schoolCertificate } from '../../../electron/auth/schoolCertificate';
import { tempDataDir } from '../../helpers/dataDir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function dataDir() {
  const d = tempDataDir();
  cleanups.push(d.cleanup);
  return d.dir;
}

describe('the school certificate', () => {
  it('is made once for the addresses, kept, and names them', async () => {
    const dir = dataDir();
    const made = await schoolCertificate(dir, ['192.168.1.20', 'localhost'], '丽水市示范职业技术学校');
    expect(made.names).toEqual(['192.168.1.20', 'localhost']);
    const x509 = new crypto.X509Certificate(made.cert);
    expect(x509.subject).toContain('丽水市示范职业技术学校');
    expect(x509.ca).toBe(false);
    expect(made.fingerprint).toBe(x509.fingerprint256);
    expect(made.validTo.getFullYear() - new Date().getFullYear()).toBe(5);
    if (process.platform !== 'win32') expect(fs.statSync(path.join(dir, 'network', 'school-key.pem')).mode & 0o777).toBe(0o600);

    const again = await schoolCertificate(dir, ['localhost'], '丽水市示范职业技术学校');
    expect(again.fingerprint, 'a restart keeps the fingerprint teachers checked').toBe(made.fingerprint);
  });

  it('is made again for a new address, keeping the old ones, and before it runs out', async () => {
    const dir = dataDir();
    const first = await schoolCertificate(dir, ['192.168.1.20'], '某校');
    const moved = await schoolCertificate(dir, ['10.0.0.5'], '某校');
    expect(moved.fingerprint).not.toBe(first.fingerprint);
    expect(moved.names.sort()).toEqual(['10.0.0.5', '192.168.1.20']);
    expect((await schoolCertificate(dir, ['192.168.1.20'], '某校')).fingerprint).toBe(moved.fingerprint);

    const nearEnd = new Date(moved.validTo.getTime() - 10 * 24 * 3600 * 1000);
    const renewed = await schoolCertificate(dir, ['10.0.0.5'], '某校', nearEnd);
    expect(renewed.fingerprint).not.toBe(moved.fingerprint);
    expect(renewed.validTo.getTime()).toBeGreaterThan(moved.validTo.getTime());
  });

  it('is made again when its key does not belong to it or a file is damaged', async () => {
    const dir = dataDir();
    const first = await schoolCertificate(dir, ['localhost'], '某校');
    const otherKey = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    fs.writeFileSync(path.join(dir, 'network', 'school-key.pem'), otherKey);
    const second = await schoolCertificate(dir, ['localhost'], '某校');
    expect(second.fingerprint).not.toBe(first.fingerprint);
    fs.writeFileSync(path.join(dir, 'network', 'school-cert.pem'), 'not a certificate');
    expect((await schoolCertificate(dir, ['localhost'], '某校')).fingerprint).not.toBe(second.fingerprint);
  });

  it('lets a client that trusts it, and only it, connect by the address it names', async () => {
    const made = await schoolCertificate(dataDir(), ['127.0.0.1'], '某校');
    const server = https.createServer({ key: made.key, cert: made.cert }, (_req, res) => res.end('好'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => server.close());
    const { port } = server.address() as { port: number };
    const get = (ca?: string) =>
      new Promise<string>((resolve, reject) =>
        https.get({ host: '127.0.0.1', port, agent: false, ...(ca ? { ca } : {}) }, (res) => res.setEncoding('utf8').on('data', resolve)).on('error', reject),
      );
    expect(await get(made.cert)).toBe('好');
    await expect(get()).rejects.toThrow(/self-signed|self signed/);
  });
});
