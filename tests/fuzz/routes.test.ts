/**
 * Property-based fuzzing of every route with hostile query strings, path parameters and headers,
 * over a real app and a small real index. Properties: no 5xx, no stack trace, no unescaped echo.
 *
 * Fixed seed so a failure reproduces; `FUZZ_RUNS=100000 npm test` (or `FUZZ_SEED=…`) for a longer
 * or different run. fast-check shrinks a failure to a minimal request and prints it.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_CORPUS, ROOT, indexedApp, type IndexedApp } from '../helpers/indexed-app.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? 20260801);

/** Every hostile tag carries this marker, so its raw echo cannot be confused with the page's own markup. */
const MARK = 'fzz';

const SYNTAX = [
  '"',
  '""',
  '"unclosed',
  '*',
  'a*',
  '-',
  '--',
  '-"x"',
  '^',
  ':',
  'text:',
  'col:x',
  '(',
  ')',
  '()',
  '{',
  '}',
  '[',
  ']',
  'AND',
  'OR',
  'NOT',
  'NEAR(',
  'NEAR(a b, 2)',
  'a OR',
  'NOT NOT',
  '+',
  '~',
  '\\',
  "'",
  '`',
  '%',
  '&',
  '=',
  '#',
  '?',
  'year = 2012',
  'outlet = "AFP" OR 1=1',
  '_geo(0,0,1)',
  'IN [1, 2]',
  'EXISTS',
  'TO',
  '*:*',
  'rowid',
  'MATCH',
  "'; DROP TABLE paragraphs; --",
  '../../etc/passwd',
  '%00',
  '%2e%2e%2f',
];
const HOSTILE_TAGS = [
  `<script>alert('${MARK}')</script>`,
  `<img src=x onerror=${MARK}()>`,
  `"><svg onload=${MARK}()>`,
  `<a href="javascript:${MARK}()">x</a>`,
  `</textarea><b data-${MARK}=1>`,
  `<iframe src=${MARK}>`,
  `'-${MARK}-'<br/${MARK}>`,
  `<!--${MARK}-->`,
];
const UNICODE = [
  '\u202E',
  '\u202D',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\u001B[31m',
  '\r\n',
  '\t',
  'é',
  'ß',
  'İ',
  'ﬁ',
  '𝔘',
  '👩‍👩‍👧',
  '中文',
  'עברית',
  'العربية',
];
/** Raw, not percent-encoded by us: malformed escapes and invalid UTF-8 as a browser would never send them. */
const RAW = ['%', '%%', '%zz', '%FF', '%C0%80', '%ED%A0%80', '%E2%82', '%u202E', '+', '&&', '==', ';', '%0D%0AX-Injected:%201'];

const word = fc.stringMatching(/^[a-z]{1,12}$/);
const piece = fc.oneof(
  { weight: 3, arbitrary: word },
  { weight: 3, arbitrary: fc.constantFrom(...SYNTAX) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TAGS) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('2012', '1999', 'unknown', '0', '-1', '1e9', '99999999999', '1.5', ' 3 ', '0x10') },
);
/** A decoded value, sometimes huge. */
const decodedValue = fc.oneof(
  { weight: 8, arbitrary: fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(' ')) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('a', 'é', '<', '"', 'x '), fc.integer({ min: 900, max: 20_000 })).map(([s, n]) => s.repeat(n)),
  },
);

/** Percent-encode what can be encoded; lone surrogates cannot, so they go as invalid UTF-8 bytes. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return `${encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, ''))}%ED%A0%80`;
  }
}

interface Pair {
  /** As sent on the wire. */
  raw: string;
  /** What the app may echo back (for the escaping check). */
  decoded: string[];
}

const NAMES = ['q', 'year', 'outlet', 'page', 'perPage', 'sort', 'group', 'position', 'around', 'id', 'format', '__proto__', 'constructor'];
const name = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 1, arbitrary: decodedValue.map((v) => v.slice(0, 30)) },
);
/** `a=`, `a[]=`, `a[b]=`, `a[0][x]=`: scalars, arrays and objects where scalars are expected. */
const shape = fc.constantFrom('', '[]', '[x]', '[0]', '[0][y]', '[__proto__]', '.x');

const pair: fc.Arbitrary<Pair> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.tuple(name, shape, decodedValue).map(([n, s, v]) => ({ raw: `${encode(n)}${s}=${encode(v)}`, decoded: [n, v] })),
  },
  { weight: 2, arbitrary: fc.tuple(name, fc.constantFrom(...RAW)).map(([n, r]) => ({ raw: `${encode(n)}=${r}`, decoded: [n] })) },
  // A bare key and an empty key.
  { weight: 1, arbitrary: fc.tuple(name).map(([n]) => ({ raw: encode(n), decoded: [n] })) },
  { weight: 1, arbitrary: fc.constant({ raw: '=x', decoded: [] as string[] }) },
);
/** Repeated parameters come from the same small set of names, so repeats are common. */
const queryString = fc.array(pair, { maxLength: 8 }).chain((pairs) =>
  fc.nat({ max: 3 }).map((repeat) => {
    const all = repeat && pairs.length ? [...pairs, ...Array(repeat).fill(pairs[0])] : pairs;
    return { raw: all.map((p) => p.raw).join('&'), decoded: all.flatMap((p) => p.decoded) };
  }),
);

type Route = (id: string) => string;
const ROUTES: Record<string, Route> = {
  home: () => '/',
  apiSearch: () => '/api/search',
  article: (id) => `/articles/${id}`,
  apiArticle: (id) => `/api/articles/${id}`,
  context: (id) => `/articles/${id}/context`,
  exportCsv: () => '/export.csv',
  exportJson: () => '/export.json',
  healthz: () => '/healthz',
  apiArticles: () => '/api/articles',
};

const headers = fc.record(
  {
    'HX-Request': fc.constantFrom('true', 'false', ''),
    'HX-Request-Type': fc.constantFrom('partial', 'full', 'x'),
    'HX-History-Restore-Request': fc.constant('true'),
    'HX-Target': fc.constantFrom('#results', '<b>'),
    Accept: fc.constantFrom('application/json', 'text/html', '*/*', 'text/csv', 'application/json;q=0.1, text/html', 'garbage/;;;'),
  },
  { requiredKeys: [] },
);

const STACK = /\bat [^\n]*\.(?:ts|js|mjs):\d+|node_modules\//;
/**
 * Each hostile tag up to its marker, as raw markup (`<img src=x onerror=fzz`): finding one in a page
 * means a generated value reached the HTML unescaped, in text or by breaking out of an attribute.
 */
const RAW_ECHO = new RegExp(
  HOSTILE_TAGS.flatMap((tag) =>
    [...tag.matchAll(new RegExp(`<[^<]*?${MARK}`, 'g'))].map((m) => m[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  ).join('|'),
);

describe('fuzz: every route under hostile input', () => {
  let indexed: IndexedApp;
  let server: Server;
  let base: string;
  let ids: string[];
  before(async () => {
    indexed = await indexedApp(FIXTURE_CORPUS);
    ids = (await indexed.engine.listArticles()).map((a) => a.id);
    server = await new Promise((resolve) => {
      const s = indexed.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await indexed.close();
  });

  async function check(path: string, decoded: string[], sendHeaders: Record<string, string>): Promise<void> {
    const res = await fetch(base + path, { headers: sendHeaders, redirect: 'manual' });
    const body = await res.text();
    const where = `${res.status} for GET ${path.slice(0, 300)} ${JSON.stringify(sendHeaders)}`;
    assert.ok(res.status < 500, `${where}\n${body.slice(0, 500)}`);
    // 431 comes from Node's HTTP parser (request head over 16 KB) before the app sees the request.
    if (res.status !== 431) assert.ok(res.headers.get('x-request-id'), `no request id: ${where}`);
    assert.doesNotMatch(body, STACK, `stack trace: ${where}`);
    const type = res.headers.get('content-type') ?? '';
    if (type.startsWith('text/html')) {
      const echo = RAW_ECHO.exec(body);
      assert.equal(echo, null, `unescaped echo "${echo?.[0]}": ${where}`);
      // Every tag-looking piece of what was sent must not come back verbatim.
      for (const value of decoded) {
        for (const m of value.matchAll(/<[A-Za-z][^<>]*/g))
          assert.ok(!body.includes(m[0]) || TEMPLATES.includes(m[0]), `raw "${m[0]}" echoed: ${where}`);
      }
    } else if (type.startsWith('application/json')) {
      assert.doesNotThrow(() => JSON.parse(body), `invalid JSON: ${where}`);
    }
  }

  it(`${RUNS} generated requests (seed ${SEED}): no 5xx, no stack trace, no unescaped echo`, { timeout: 600_000 }, async () => {
    const id = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...ids) },
      { weight: 2, arbitrary: decodedValue.map((v) => encode(v.slice(0, 600))) },
      { weight: 1, arbitrary: fc.constantFrom(...RAW, '..', '.', '%2F', 'a%2Fb', '%00', 'x'.repeat(600)) },
    );
    const route = fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...Object.values(ROUTES)) },
      // Unknown paths.
      {
        weight: 1,
        arbitrary: decodedValue.map(
          (v): Route =>
            () =>
              `/${encode(v.slice(0, 200))}`,
        ),
      },
    );
    await fc.assert(
      fc.asyncProperty(route, id, queryString, headers, async (r, articleId, qs, h) => {
        await check(`${r(articleId)}${qs.raw ? `?${qs.raw}` : ''}`, [...qs.decoded, decodeSafely(articleId)], h);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: false },
    );
  });

  it('the hostile values themselves, on every route, as q, outlet and id', async () => {
    for (const value of [...HOSTILE_TAGS, ...SYNTAX, ...UNICODE]) {
      for (const path of [
        `/?q=${encode(value)}`,
        `/?outlet=${encode(value)}`,
        `/api/search?q=${encode(value)}`,
        `/articles/${encode(value)}`,
        `/articles/${ids[0]}?q=${encode(value)}`,
        `/articles/${ids[0]}/context?position=0&q=${encode(value)}`,
        `/export.csv?q=${encode(value)}`,
      ]) {
        await check(path, [value], {});
        await check(path, [value], { 'HX-Request': 'true', 'HX-Request-Type': 'partial' });
      }
    }
  });
});

/** The templates' own markup: a generated `<scrip` or `<a href` found in a page may simply be ours. */
const TEMPLATES = readdirSync(path.join(ROOT, 'views'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.njk'))
  .map((file) => readFileSync(path.join(ROOT, 'views', file), 'utf8'))
  .join('\n');

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
