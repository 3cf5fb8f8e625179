import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, it, type TestContext } from 'node:test';
import { parse } from 'yaml';
import { MIN_VERSION, isAtLeast, parseVersion } from '../../engine/meilisearch/preflight.ts';
import { startScript } from '../../bench/scale/children.ts';

/** The production stack files: docker-compose.yml validated by docker-compose, plus what must hold. */

const run = promisify(execFile);
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const ROOT = new URL('../..', import.meta.url).pathname;
const packageJson = () => JSON.parse(read('package.json')) as { dependencies: Record<string, string> };

async function hasDockerCompose(): Promise<boolean> {
  try {
    await run('docker-compose', ['version'], { timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

const PINNED = /getmeili\/meilisearch:(v\d+\.\d+\.\d+)\b/g;

const MASTER = 'a-master-key-of-16+-bytes';

/**
 * Runs docker-compose with a clean environment (so a developer's own .env or shell variables cannot
 * make this pass or fail) and only the given variables; null when docker-compose is missing.
 */
async function compose(t: TestContext, env: Record<string, string>, ...command: string[]): Promise<{ stdout: string } | null> {
  if (!(await hasDockerCompose())) {
    // CI installs it (.ci/run, .github/workflows/ci.yml), so there a missing docker-compose is a failure, not a skip.
    assert.ok(!process.env.CI, 'docker-compose is missing in CI: .ci/run should have installed it');
    console.log('SKIPPED: docker-compose is not installed (apt-get install docker-compose): docker-compose.yml was not validated');
    t.skip('skipped: docker-compose is not installed (apt-get install docker-compose)');
    return null;
  }
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  const emptyEnvFile = join(mkdtempSync(join(tmpdir(), 'compose-')), 'empty.env');
  writeFileSync(emptyEnvFile, '');
  return run('docker-compose', ['-f', 'docker-compose.yml', '--env-file', emptyEnvFile, ...command], {
    cwd: ROOT,
    env: { ...base, ...env },
  });
}

interface ComposeService {
  environment?: Record<string, string | null>;
  env_file?: unknown;
  volumes?: Array<string | { source?: string; target?: string; read_only?: boolean }>;
  healthcheck?: { test?: string[] | string };
  depends_on?: Record<string, { condition?: string }>;
  command?: string[] | string;
}

describe('docker-compose.yml', () => {
  it('passes `docker-compose config -q` with only MEILI_MASTER_KEY set, and refuses without it', async (t) => {
    const ok = await compose(t, { MEILI_MASTER_KEY: MASTER }, 'config', '-q');
    if (ok === null) return;
    await assert.rejects(compose(t, {}, 'config', '-q'), /MEILI_MASTER_KEY/);
  });

  it('gives the app no access to the master key: keys come from the one-shot meili-keys service, read-only', async (t) => {
    const out = await compose(t, { MEILI_MASTER_KEY: MASTER }, 'config');
    if (out === null) return;
    const services = (parse(out.stdout) as { services: Record<string, ComposeService> }).services;
    const app = services.app!;
    assert.ok(!JSON.stringify(app).includes(MASTER), 'the master key appears nowhere in the app service');
    assert.ok(!Object.keys(app.environment ?? {}).some((name) => name.includes('MASTER')));
    assert.equal(app.env_file, undefined, 'no env file passes .env through');
    const mounts = (app.volumes ?? []).map((v) => (typeof v === 'string' ? v : `${v.source}:${v.target}${v.read_only ? ':ro' : ''}`));
    assert.ok(!mounts.some((m) => m.startsWith('meili_data')), "nor Meilisearch's data");
    assert.ok(mounts.includes('meili_keys:/run/nutgraf-keys:ro'), mounts.join(', '));
    assert.equal(app.environment?.MEILI_API_KEY_FILE, '/run/nutgraf-keys/indexer.key');
    assert.equal(app.environment?.MEILI_SEARCH_KEY_FILE, '/run/nutgraf-keys/server.key');
    assert.equal(app.depends_on?.['meili-keys']?.condition, 'service_completed_successfully');

    const keys = services['meili-keys']!;
    assert.equal(keys.environment?.MEILI_MASTER_KEY, MASTER, 'the one-shot service creates the keys with the master key');
    assert.ok(String(keys.command).includes('dist/server/provision-keys.js'));
    // Only Meilisearch and the key service see the master key.
    for (const [name, service] of Object.entries(services)) {
      if (name !== 'meilisearch' && name !== 'meili-keys') assert.ok(!JSON.stringify(service).includes(MASTER), name);
    }
  });

  it('health-checks the app through /healthz with what its image has (node, not curl)', async (t) => {
    const out = await compose(t, { MEILI_MASTER_KEY: MASTER }, 'config');
    if (out === null) return;
    const app = (parse(out.stdout) as { services: Record<string, ComposeService> }).services.app!;
    const test = app.healthcheck?.test;
    assert.ok(Array.isArray(test) && test[0] === 'CMD' && test[1] === 'node', String(test));
    assert.match(test.join(' '), /http:\/\/127\.0\.0\.1:3000\/healthz/);
  });

  it('pins Meilisearch to an exact v1 tag at or above the version floor, the same one CI tests against', () => {
    const compose = [...read('docker-compose.yml').matchAll(PINNED)].map((m) => m[1]);
    const ci = [...read('.github/workflows/ci.yml').matchAll(PINNED)].map((m) => m[1]);
    assert.equal(compose.length, 1);
    assert.match(compose[0]!, /^v1\./);
    assert.deepEqual(ci, compose);
    assert.ok(isAtLeast(parseVersion(compose[0])!, parseVersion(MIN_VERSION)!), `${compose[0]} >= ${MIN_VERSION}`);
  });

  it('takes no key from the file itself', () => {
    const compose = read('docker-compose.yml');
    assert.equal((compose.match(/MEILI_MASTER_KEY: \$\{MEILI_MASTER_KEY:\?/g) ?? []).length, 2, 'Meilisearch and meili-keys');
    assert.doesNotMatch(compose, /MEILI_(API|SEARCH)_KEY:/);
    assert.match(compose, /condition: service_healthy/);
  });
});

describe('the GitHub workflow', () => {
  it("installs Debian's Chromium, which the browser tests require under CI=true, and docker-compose", () => {
    const workflow = parse(read('.github/workflows/ci.yml')) as {
      jobs: Record<string, { container?: unknown; steps: Array<{ run?: string }> }>;
    };
    const job = workflow.jobs.test!;
    const install = job.steps.findIndex((step) => /apt-get install\b.*\bchromium\b/.test(step.run ?? ''));
    assert.ok(install >= 0, 'a step installs chromium');
    assert.match(job.steps[install]!.run!, /\bdocker-compose\b/);
    assert.ok(install < job.steps.findIndex((step) => step.run === 'npm test'), 'before the tests run');
    // Ubuntu's apt "chromium" is a snap wrapper; the harness looks for /usr/bin/chromium (tests/e2e/harness.ts).
    assert.match(String(job.container), /bookworm|debian/);
  });
});

describe('.env.example', () => {
  it('shows every variable the stack reads, with no secret filled in', () => {
    const example = read('.env.example');
    const vars = new Map(
      example
        .split('\n')
        .filter((l) => /^[A-Z_]+=/.test(l))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    for (const name of [
      'MEILI_MASTER_KEY',
      'MEILI_URL',
      'MEILI_API_KEY',
      'MEILI_SEARCH_KEY',
      'MEILI_INDEX',
      'PORT',
      'CORPUS_DIR',
      'DATA_DIR',
    ]) {
      assert.ok(vars.has(name), name);
    }
    for (const secret of ['MEILI_MASTER_KEY', 'MEILI_API_KEY', 'MEILI_SEARCH_KEY']) assert.equal(vars.get(secret), '', secret);
  });
});

describe('Dockerfile', () => {
  it('builds in one stage and runs as the unprivileged node user with production dependencies only', () => {
    const dockerfile = read('Dockerfile');
    assert.equal(dockerfile.match(/^FROM /gm)?.length, 2);
    assert.match(dockerfile, /npm run build && npm prune --omit=dev/);
    // The build copies the data files modules read beside themselves (the outlet list) into dist/.
    assert.match(dockerfile, /^COPY scripts\/copy-assets\.mjs \.\/scripts\/$/m);
    assert.match(dockerfile, /^USER node$/m);
    const copied = [...dockerfile.matchAll(/^COPY --chown=node:node (?!--from)(.+) \.\/?\S*$/gm)].flatMap((m) => m[1]!.split(/\s+/));
    // The compiled app only (issue 23): no TypeScript sources, no tsconfig; tsx is a development
    // dependency, so `npm prune --omit=dev` leaves it out.
    assert.deepEqual(copied.sort(), ['corpus', 'package-lock.json', 'package.json', 'public', 'scripts/ensure-built.mjs', 'views']);
    assert.equal(packageJson().dependencies.tsx, undefined);
    assert.equal(packageJson().dependencies.typescript, undefined);
    assert.match(dockerfile, /^COPY --from=build --chown=node:node \/app\/dist \.\/dist$/m);
  });

  it('starts the server the way npm start does, with the same environment settings', () => {
    const start = startScript(ROOT);
    const dockerfile = read('Dockerfile');
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile);
    assert.ok(cmd, 'a CMD in exec form');
    assert.deepEqual(JSON.parse(cmd[1]!), start.words);
    assert.ok(Object.keys(start.env).length > 0, 'npm start sets the allocator up');
    const env = /^ENV ((?:.*\\\n)*.*)$/m.exec(dockerfile.slice(dockerfile.lastIndexOf('\nFROM ')))?.[1] ?? '';
    for (const [name, value] of Object.entries(start.env)) assert.match(env, new RegExp(`(^|\\s)${name}=${value}(\\s|$)`), name);
  });
});
