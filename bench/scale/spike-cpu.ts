/**
 * CPU time of the spike's two sides, in its first second and over the whole spike: the stress
 * client's main thread (autocannon and every connection run on it) and the server's serving thread
 * (its main thread), each from its own schedstat, and both processes' totals. On one 2-core machine
 * the client's CPU is taken from the server's: a real spike's clients are on other machines. Counts,
 * not wall time, so the figure holds whatever else is running.
 */
import { cpuSecondsOf, threadCpuNs } from './proc.ts';

interface Reading {
  clientMainMs: number;
  clientAllMs: number;
  serverMainMs: number;
  serverAllMs: number;
}

export class SpikeCpu {
  private start: Reading | null = null;
  private firstSecond: Reading | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly serverPid: number) {}

  private read(): Reading {
    const usage = process.cpuUsage();
    return {
      clientMainMs: (threadCpuNs('self', process.pid) ?? Number.NaN) / 1e6,
      clientAllMs: (usage.user + usage.system) / 1000,
      serverMainMs: (threadCpuNs(this.serverPid, this.serverPid) ?? Number.NaN) / 1e6,
      serverAllMs: (cpuSecondsOf(this.serverPid) ?? Number.NaN) * 1000,
    };
  }

  begin(): void {
    this.start = this.read();
    this.timer = setTimeout(() => (this.firstSecond = this.read()), 1000);
  }

  /** The line for the report: ms of CPU in second 0 and over the spike, and µs per answer read. */
  end(answers: number): string | null {
    clearTimeout(this.timer);
    if (this.start === null) return null;
    const start = this.start;
    const last = this.read();
    const spent = (r: Reading) =>
      `client main ${(r.clientMainMs - start.clientMainMs).toFixed(0)} (all threads ${(r.clientAllMs - start.clientAllMs).toFixed(0)}), server main ${(r.serverMainMs - start.serverMainMs).toFixed(0)} (all ${(r.serverAllMs - start.serverAllMs).toFixed(0)}) ms`;
    const per = (ms: number) => ((ms * 1000) / Math.max(1, answers)).toFixed(0);
    return `CPU (schedstat; the client's is taken from the server's cores): second 0 ${this.firstSecond === null ? 'not read' : spent(this.firstSecond)}; whole spike ${spent(last)}; per answer client main ${per(last.clientMainMs - start.clientMainMs)} µs, server main ${per(last.serverMainMs - start.serverMainMs)} µs`;
  }
}
