/** Process figures from /proc (Linux): resident memory now and at its peak, CPU time used. */
import fs from 'node:fs';

export interface Memory {
  /** VmRSS: resident now, bytes. */
  rss: number;
  /** VmHWM: the peak resident set so far, bytes. */
  hwm: number;
}

/** One of a process's /proc files; null when the process is gone (or /proc is not there). */
function procFile(pid: number | 'self', name: string): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/${name}`, 'utf8');
  } catch {
    return null;
  }
}

/** Null when the process is gone (or /proc is not there). */
export function memoryOf(pid: number | 'self'): Memory | null {
  const status = procFile(pid, 'status');
  if (status === null) return null;
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/**
 * CPU seconds (user + system) a process has used so far, all its threads: /proc/<pid>/stat's utime
 * and stime, in clock ticks of 1/100 s (USER_HZ, 100 on every Linux build Node runs on). Null when
 * the process is gone. Unlike wall time, this does not grow when other processes share the cores.
 */
export function cpuSecondsOf(pid: number | 'self'): number | null {
  const stat = procFile(pid, 'stat');
  if (stat === null) return null;
  // The command name (field 2) may hold spaces and parentheses: count fields from its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * On-CPU nanoseconds of one thread of a process (`tid`: for a process's main thread, its pid): the
 * first field of its schedstat, which counts that thread alone, unlike `cpuSecondsOf` or
 * `process.cpuUsage` (every thread). Null when the thread is gone.
 */
export function threadCpuNs(pid: number | 'self', tid: number): number | null {
  return threadSchedstat(pid, tid)?.[0] ?? null;
}

/** One thread's schedstat: [ns on a CPU, ns waiting in the run queue for one]; null when the thread is gone. */
export function threadSchedstat(pid: number | 'self', tid: number): [number, number] | null {
  const schedstat = procFile(pid, `task/${tid}/schedstat`);
  if (schedstat === null) return null;
  const [run, wait] = schedstat.split(' ');
  return [Number(run), Number(wait)];
}

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/** Nearest-rank percentiles of latencies in ms. */
export function percentiles(samples: number[]): Percentiles {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => (s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!);
  const mean = s.length === 0 ? NaN : s.reduce((a, b) => a + b, 0) / s.length;
  return { n: s.length, p50: at(50), p95: at(95), p99: at(99), mean, max: s.length === 0 ? NaN : s[s.length - 1]! };
}
