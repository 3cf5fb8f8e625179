/**
 * HTTP load with autocannon, in this (the benchmark's) process; the server is another process.
 * Latencies are collected per response, so p95 is exact (autocannon's own summary has no p95).
 */
import autocannon from 'autocannon';
import { percentiles, type Percentiles } from './proc.ts';

export interface LoadResult extends Percentiles {
  requestsPerSecond: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** Drive `paths` (cycled in order, shared by all connections) for `seconds`. */
export async function load(url: string, paths: string[], connections: number, seconds: number): Promise<LoadResult> {
  let next = 0;
  const latencies: number[] = [];
  let finish!: (result: autocannon.Result) => void;
  let fail!: (error: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url,
      connections,
      duration: seconds,
      timeout: 30,
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }),
        },
      ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await done;
  const p = percentiles(latencies);
  return {
    ...p,
    requestsPerSecond: result.requests.total / (result.duration || seconds),
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
