/** The real indexer and the real server, each as its own process, watched from outside. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cpuSecondsOf, memoryOf } from './proc.ts';

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Last VmHWM seen before the process ended (sampled every 50 ms), bytes. */
  peakRss: number;
  /**
   * CPU seconds (user + system, every thread) at the last sample before the process ended: short
   * by at most its last 50 ms of work. Steadier than `seconds` on a machine other work shares.
   */
  cpuSeconds: number;
}

/**
 * Benchmarks run what `npm start` runs: the compiled JavaScript under `dist/` (`npm run build`,
 * once per process), not TypeScript through tsx, whose loader alone costs each thread ~30 MB.
 */
/** One build per checkout: a comparison may serve two (serve.ts --root), each from its own dist/. */
const built = new Map<string, Promise<void>>();
function buildOnce(root: string): Promise<void> {
  const kept = built.get(path.resolve(root));
  if (kept !== undefined) return kept;
  const building = new Promise<void>((resolve, reject) => {
    const tsc = spawn('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    tsc.stdout!.on('data', (d: Buffer) => (output += d));
    tsc.stderr!.on('data', (d: Buffer) => (output += d));
    tsc.on('error', reject);
    tsc.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build failed (${code}):\n${output}`))));
  });
  built.set(path.resolve(root), building);
  return building;
}

/** What `npm start` runs, split: leading `NAME=value` settings, then node's arguments. */
export interface CompiledCommand {
  env: Record<string, string>;
  args: string[];
}

/** package.json's start script as settings and words: `NAME=value … node <flags> <script>`. */
export function startScript(root: string): { env: Record<string, string>; words: string[] } {
  const start = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const words = start.split(/\s+/);
  const env: Record<string, string> = {};
  while (/^[A-Z_][A-Z0-9_]*=/.test(words[0] ?? '')) {
    const setting = words.shift()!;
    env[setting.slice(0, setting.indexOf('='))] = setting.slice(setting.indexOf('=') + 1);
  }
  return { env, words };
}

/**
 * How to run `script` (a path under the source tree, e.g. server/start.ts) compiled: the server
 * with the environment and flags `npm start` gives it (package.json is the one place they are written).
 */
export async function compiledCommand(root: string, script: string): Promise<CompiledCommand> {
  await buildOnce(root);
  const compiled = path.join('dist', script.replace(/\.ts$/, '.js'));
  if (script !== 'server/start.ts') return { env: {}, args: ['--enable-source-maps', compiled] };
  const { env, words } = startScript(root);
  const [command, ...args] = words;
  if (command !== 'node' || args.at(-1) !== compiled)
    throw new Error(`package.json's start script is not "[NAME=value …] node <flags> ${compiled}": ${words.join(' ')}`);
  return { env, args };
}

/** `node dist/<script>.js` directly, so the child's pid is the process doing the work. */
async function node(root: string, script: string, args: string[], env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const command = await compiledCommand(root, script);
  return spawn(process.execPath, [...command.args, ...args], {
    cwd: root,
    env: { ...process.env, ...command.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export async function runToEnd(root: string, script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Finished> {
  const child = await node(root, script, args, env);
  const started = performance.now();
  let stdout = '';
  let stderr = '';
  let peakRss = 0;
  let cpuSeconds = 0;
  child.stdout!.on('data', (d: Buffer) => (stdout += d));
  child.stderr!.on('data', (d: Buffer) => (stderr += d));
  const sample = setInterval(() => {
    const m = memoryOf(child.pid!);
    if (m !== null) peakRss = Math.max(peakRss, m.hwm);
    cpuSeconds = cpuSecondsOf(child.pid!) ?? cpuSeconds;
  }, 50);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sample);
      resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000, peakRss, cpuSeconds });
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
export async function startServer(root: string, env: NodeJS.ProcessEnv, timeoutMs = 600_000): Promise<RunningServer> {
  const child = await node(root, 'server/start.ts', [], { PORT: '0', HOST: '127.0.0.1', ...env });
  const started = performance.now();
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
