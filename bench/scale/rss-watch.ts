/**
 * A server's resident memory read once a second over a phase of the stress run: every reading (for
 * the plateau rule, plateau.ts), the highest with its split by kind (memory-kinds.ts), so a phase's
 * peak is not missed between the printed 10-s readings.
 */
import { type MemoryKinds, memoryKindsOf } from './memory-kinds.ts';
import { memoryOf } from './proc.ts';

export class RssWatch {
  /** MB, one a second since start(). */
  readonly readings: number[] = [];
  /** The highest reading and its split by kind (null before the first reading). */
  highest: { mb: number; kinds: MemoryKinds | null } | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pid: number,
    private readonly everyMs = 1000,
  ) {}

  start(): this {
    this.timer = setInterval(() => this.read(), this.everyMs);
    return this;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Every tenth reading (one every 10 s at the default pace), as printed. */
  every10(): number[] {
    return this.readings.filter((_, i) => i % 10 === 9);
  }

  private read(): void {
    const memory = memoryOf(this.pid);
    if (memory === null) return;
    const mb = memory.rss / 2 ** 20;
    this.readings.push(mb);
    // smaps is read only at a new high: it is long, and this process is also the load generator.
    if (this.highest === null || mb > this.highest.mb) this.highest = { mb, kinds: memoryKindsOf(this.pid) };
  }
}
