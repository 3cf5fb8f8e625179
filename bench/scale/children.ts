/** The real indexer and the real server, each as its own process, watched from outside. */
import { spawn, type ChildProcess } from 'node:child_process';
import { memoryOf } from './proc.ts';

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Last VmHWM seen before the process ended (sampled every 50 ms), bytes. */
  peakRss: number;
}

/** `node --import tsx <script>` directly, so the child's pid is the process doing the work. */
function node(root: string, script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function runToEnd(root: string, script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Finished> {
  const started = performance.now();
  const child = node(root, script, args, env);
  let stdout = '';
  let stderr = '';
  let peakRss = 0;
  child.stdout!.on('data', (d: Buffer) => (stdout += d));
  child.stderr!.on('data', (d: Buffer) => (stderr += d));
  const sample = setInterval(() => {
    const m = memoryOf(child.pid!);
    if (m !== null) peakRss = Math.max(peakRss, m.hwm);
  }, 50);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sample);
      resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000, peakRss });
    });
  });
}

export interface RunningServer {
  url: string;
  pid: number;
  startSeconds: number;
  /** Everything the server printed so far (request logs are drained, not kept). */
  output: () => string;
  stop: () => Promise<void>;
}

/** Start `server/start.ts` on a free port and wait for the line that names its URL. */
export function startServer(root: string, env: NodeJS.ProcessEnv, timeoutMs = 600_000): Promise<RunningServer> {
  const started = performance.now();
  const child = node(root, 'server/start.ts', [], { PORT: '0', HOST: '127.0.0.1', ...env });
  let head = '';
  const keep = (d: Buffer) => {
    // Keep the start-up lines; request log lines would only grow memory here.
    if (head.length < 100_000) head += d;
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${timeoutMs / 1000} s:\n${head}`));
    }, timeoutMs);
    const look = () => {
      const m = /serving at (http:\/\/\S+?)\/?\s/.exec(head);
      if (m === null) return;
      clearTimeout(timer);
      child.stdout!.off('data', look);
      resolve({
        url: m[1]!.replace('localhost', '127.0.0.1'),
        pid: child.pid!,
        startSeconds: (performance.now() - started) / 1000,
        output: () => head,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
          await exited;
          clearTimeout(killer);
        },
      });
    };
    child.stdout!.on('data', look);
    child.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before serving:\n${head}`));
    });
  });
}
