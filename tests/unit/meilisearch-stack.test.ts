import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { startScript } from '../../bench/scale/children.ts';

/** The production stack files: docker-compose.yml validated by docker-compose, plus what must hold. */

const run = promisify(execFile);
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const ROOT = new URL('../..', import.meta.url).pathname;

async function hasDockerCompose(): Promise<boolean> {
  try {
    await run('docker-compose', ['version'], { timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

const PINNED = /getmeili\/meilisearch:(v\d+\.\d+\.\d+)\b/g;

describe('docker-compose.yml', () => {
  it('passes `docker-compose config -q` when the required keys are set, and refuses without a master key', async (t) => {
    if (!(await hasDockerCompose())) {
      // CI installs it (.ci/run), so there a missing docker-compose is a failure, not a skip.
      assert.ok(!process.env.CI, 'docker-compose is missing in CI: .ci/run should have installed it');
      t.skip('skipped: docker-compose is not installed (apt-get install docker-compose)');
      return;
    }
    // A clean env, so a developer's own .env or shell variables cannot make this pass or fail.
    const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
    const emptyEnvFile = join(mkdtempSync(join(tmpdir(), 'compose-')), 'empty.env');
    writeFileSync(emptyEnvFile, '');
    const args = ['-f', 'docker-compose.yml', '--env-file', emptyEnvFile, 'config', '-q'];
    await run('docker-compose', args, { cwd: ROOT, env: { ...base, MEILI_MASTER_KEY: 'a-master-key-of-16+-bytes', MEILI_API_KEY: 'admin' } });
    await assert.rejects(run('docker-compose', args, { cwd: ROOT, env: { ...base, MEILI_API_KEY: 'admin' } }), /MEILI_MASTER_KEY/);
  });

  it('pins Meilisearch to an exact v1 tag, the same one CI tests against', () => {
    const compose = [...read('docker-compose.yml').matchAll(PINNED)].map((m) => m[1]);
    const ci = [...read('.github/workflows/ci.yml').matchAll(PINNED)].map((m) => m[1]);
    assert.equal(compose.length, 1);
    assert.match(compose[0]!, /^v1\./);
    assert.deepEqual(ci, compose);
  });

  it('takes no key from the file itself', () => {
    const compose = read('docker-compose.yml');
    assert.match(compose, /MEILI_MASTER_KEY: \$\{MEILI_MASTER_KEY:\?/);
    assert.match(compose, /MEILI_API_KEY: \$\{MEILI_API_KEY:\?/);
    assert.match(compose, /condition: service_healthy/);
  });
});

describe('.env.example', () => {
  it('shows every variable the stack reads, with no secret filled in', () => {
    const example = read('.env.example');
    const vars = new Map(
      example.split('\n').filter((l) => /^[A-Z_]+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    for (const name of ['MEILI_MASTER_KEY', 'MEILI_URL', 'MEILI_API_KEY', 'MEILI_SEARCH_KEY', 'MEILI_INDEX', 'PORT', 'CORPUS_DIR', 'DATA_DIR']) {
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
    assert.match(dockerfile, /^USER node$/m);
    const copied = [...dockerfile.matchAll(/^COPY --chown=node:node (?!--from)(.+) \.\/?\S*$/gm)].flatMap((m) => m[1]!.split(/\s+/));
    assert.deepEqual(copied.sort(), ['corpus', 'engine', 'indexer', 'package-lock.json', 'package.json', 'public', 'server', 'tsconfig.json', 'views']);
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
