import { z } from 'zod';
import { method } from './define';

/** 局域网访问 (DESIGN §12): off by default; on, the program serves the school network on the port chosen. */
const networkStatusSchema = z.object({
  enabled: z.boolean(),
  port: z.number().nullable(),
  /** the addresses to hand out, each with its QR code (an SVG) for a phone to scan */
  addresses: z.array(z.object({ url: z.string(), qrSvg: z.string() })),
  /** the school's certificate it is served with over HTTPS: its SHA-256 fingerprint to compare in a browser */
  certificate: z.object({ fingerprint: z.string(), validTo: z.string(), path: z.string() }).nullable(),
  /** false where the program cannot serve the network (the CLI) */
  available: z.boolean(),
});
export type NetworkStatus = z.output<typeof networkStatusSchema>;

const port = z.number({ error: '请填写端口号' }).int('端口号应为整数').min(1024, '端口号应在 1024 到 65535 之间').max(65535, '端口号应在 1024 到 65535 之间');

export const networkContract = {
  'network.get': method(z.object({}), networkStatusSchema),
  /** switched on (serving on the port) or off; the choice is kept for the next start */
  'network.set': method(z.object({ enabled: z.boolean(), port: port.default(8080) }), networkStatusSchema),
};
