// The command line run in-process, as a terminal would see it: the exit code and what went to stdout and stderr.
import { runCli } from '../../electron/cli';

export async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
