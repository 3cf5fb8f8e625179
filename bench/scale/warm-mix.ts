/**
 * `npm run stress -- --overload --warm-mix <s>`: before the spike, the normal 32-connection mix
 * until the server's memory plateaus (plateau.ts), at most <s> seconds. A server in service has met
 * that traffic before any spike, so its plateau is the level "flat under a spike" is measured from;
 * a cold server's "before" reading also counts what the normal traffic alone fills.
 */
import type { MemoryKinds } from './memory-kinds.ts';
import { memoryKindsOf } from './memory-kinds.ts';
import { PLATEAU, type Plateau, plateauOf } from './plateau.ts';
import { memoryOf } from './proc.ts';
import { RssWatch } from './rss-watch.ts';

/** The normal traffic of the stress tool's mix (README, issue 25: "the 32-connection mix"). */
export const MIX_CONNECTIONS = 32;

/** RSS (MB) and its split by kind at one moment. */
export interface Reading {
  mb: number;
  kinds: MemoryKinds | null;
}

export interface WarmMix {
  /** Before the mix: the server as started (and warmed by `--warm`). */
  before: Reading;
  /** Null when the cap came first. */
  plateau: Plateau | null;
  /** The highest reading during the mix, and when it came to an end. */
  highest: Reading;
  after: Reading;
  seconds: number;
  requests: number;
  statuses: Record<string, number>;
  /** Every 10 s of the mix, MB. */
  every10: number[];
}

/** One chunk of the mix: `seconds` of it at `MIX_CONNECTIONS`, its answers counted. */
export type MixChunk = (seconds: number) => Promise<{ requests: number; statuses: Record<string, number> }>;

export function readingOf(pid: number): Reading {
  const memory = memoryOf(pid);
  if (memory === null) throw new Error(`no /proc/${pid}/status: the server is gone`);
  return { mb: memory.rss / 2 ** 20, kinds: memoryKindsOf(pid) };
}

/** The mix in windows of the plateau rule until it holds or `capSeconds` have run. */
export async function warmByMix(pid: number, capSeconds: number, chunk: MixChunk): Promise<WarmMix> {
  const before = readingOf(pid);
  const watch = new RssWatch(pid).start();
  const started = performance.now();
  const statuses: Record<string, number> = {};
  let requests = 0;
  let plateau: Plateau | null = null;
  try {
    for (let ran = 0; ran < capSeconds && plateau === null; ran += PLATEAU.window) {
      const part = await chunk(Math.min(PLATEAU.window, capSeconds - ran));
      requests += part.requests;
      for (const [s, n] of Object.entries(part.statuses)) statuses[s] = (statuses[s] ?? 0) + n;
      plateau = plateauOf(watch.readings);
    }
  } finally {
    watch.stop();
  }
  const after = readingOf(pid);
  const highest = watch.highest !== null && watch.highest.mb > after.mb ? watch.highest : after;
  const seconds = (performance.now() - started) / 1000;
  return { before, plateau, highest, after, seconds, requests, statuses, every10: watch.every10() };
}

const mb = (n: number) => n.toFixed(0);

/** The mix's lines of the run's output. */
export function formatWarmMix(mix: WarmMix, capSeconds: number): string[] {
  const reached =
    mix.plateau === null
      ? `no plateau within the cap of ${capSeconds} s`
      : `plateau ${mb(mix.plateau.level)} MB reached after ${mix.plateau.readings} s (no high ${(PLATEAU.tolerance * 100).toFixed(0)} % over it in the last ${PLATEAU.quietWindows * PLATEAU.window} s)`;
  return [
    `warm mix (--warm-mix): ${MIX_CONNECTIONS} connections for ${mix.seconds.toFixed(0)} s, ${mix.requests.toLocaleString('en-US')} requests (${(mix.requests / mix.seconds).toFixed(0)}/s), statuses ${JSON.stringify(mix.statuses)}`,
    `  ${reached}; RSS MB before ${mb(mix.before.mb)} · every 10 s ${mix.every10.map(mb).join(' ')} · highest ${mb(mix.highest.mb)} · after ${mb(mix.after.mb)}`,
  ];
}
