/** Run the real `npm start` as a child process for fault tests, and wait until it serves. */
import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from '../helpers/indexed-app.ts';

export interface Started {
  child: ChildProcess;
  /** Base URL with a trailing slash, on 127.0.0.1. */
  url: string;
  /** The server process itself (npm is its parent). */
  pid: number;
  /** Everything printed so far, stdout and stderr. */
  output(): string;
  exited: Promise<number | null>;
  /** SIGKILL the whole process group (cleanup). */
  kill(): void;
}

/** `cwd`: the project folder to start in (a production copy, say); the checkout by default. */
export async function npmStart(env: Record<string, string>, timeoutMs = 90_000, cwd = ROOT): Promise<Started> {
  const child = spawn('npm', ['start', '--silent'], {
    cwd,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MEILI_URL: '', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stderr!.on('data', (d) => (output += d));
  child.stdout!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const kill = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  try {
    const [url, pid] = await new Promise<[string, number]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), timeoutMs);
      const look = () => {
        const m = /pid (\d+)\) is serving at http:\/\/localhost:(\d+)\//.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve([`http://127.0.0.1:${m[2]}/`, Number(m[1])]);
        }
      };
      child.stdout!.on('data', look);
      void exited.then((code) => reject(new Error(`exited ${code} before serving:\n${output}`)));
    });
    return { child, url, pid, output: () => output, exited, kill };
  } catch (error) {
    kill();
    throw error;
  }
}
