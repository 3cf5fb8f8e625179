/**
 * Bytes a probe's main isolate promoted to the old generation, counted by V8's own GC trace: the
 * probe (tests/fixtures/promotion/) runs in a child process under `--trace-gc-nvp` and prints
 * `MARK start` / `MARK end` around the work measured. Independent of CPU speed and load.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ROOT } from './indexed-app.ts';

/** KB the main isolate's scavenges promoted between the probe's MARK lines, and the probe's stdout. */
export async function promotedBetweenMarks(probe: string, env: Record<string, string>): Promise<{ kb: number; stdout: string }> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--trace-gc-nvp', probe], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  // Other threads' scavenges (search workers, the loader) print to the same stdout, each line
  // prefixed [pid:0x<isolate>]: the main isolate is the first to print one (it starts first).
  const main = /^\[\d+:0x[0-9a-f]+\]/m.exec(stdout)![0];
  const marked = stdout.slice(stdout.indexOf('MARK start'), stdout.indexOf('MARK end'));
  let promoted = 0;
  for (const line of marked.split('\n')) {
    const m = / promoted=(\d+)/.exec(line);
    if (m && line.startsWith(main)) promoted += Number(m[1]);
  }
  return { kb: promoted / 1024, stdout };
}
