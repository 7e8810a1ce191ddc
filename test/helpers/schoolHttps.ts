// Requests to the school network, trusting only the certificate the host made for the school (as a school computer
// that installed it does): every such request also proves the certificate names the address it is reached at.
import https from 'node:https';
import { Agent, fetch, type RequestInit } from 'undici';

export function fetchTrusting(certificate: string) {
  const dispatcher = new Agent({ connect: { ca: certificate } });
  return (url: string | URL, init: RequestInit = {}) => fetch(url, { ...init, dispatcher });
}

/** One request (a GET unless `method` says) on a fresh connection (the servers in these tests stop and start on one
 * port), trusting `certificate`; with none, trusting anything: what a browser does once its user clicks 继续前往. */
export function httpsRequest(
  url: string,
  certificate: string | null,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method, agent: false, headers, ...(certificate ? { ca: certificate } : { rejectUnauthorized: false }) }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}
