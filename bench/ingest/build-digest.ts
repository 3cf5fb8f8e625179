/**
 * `npx tsx bench/ingest/build-digest.ts [--dir DIR] [--urls] [--bbc N] [--out FILE]`: a digest of what the
 * indexer makes of every labelled page of a set (`articleFromFile`: the kept paragraphs, the dropped
 * lines and their reasons, title, outlet, date, language, hints), one per split, and with `--bbc N`
 * of N paragraphs of the bench's BBC records (bench/scale/corpus.ts). A change meant to cost less
 * and change nothing shows the same digests on main and on its branch; `--out` writes one digest per
 * page (page names, no text) to find the pages that differ. `--urls` gives each page the address its
 * truth record holds, as `eval-ingest --urls` does (the outlet readers that start from an address,
 * such as outlet-domain-name.ts, run on most pages only then). Held-out and check pages give digests only.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BBC_NEWS } from '../corpora.ts';
import { readSource, records } from '../scale/corpus.ts';
import { labelledPages, PAGES_DIR, setAccess } from './pages.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: PAGES_DIR },
    urls: { type: 'boolean', default: false },
    bbc: { type: 'string' },
    out: { type: 'string' },
  },
});
if (setAccess(values.dir) === 'lead') {
  console.error(`build-digest: ${values.dir} is the lead's set`);
  process.exit(2);
}
await loadLanguageDetector();
const splits = new Map<string, { pages: number; hash: crypto.Hash }>();
const perPage: string[] = [];
function add(split: string, name: string, built: unknown): void {
  const json = JSON.stringify(built);
  let s = splits.get(split);
  if (!s) splits.set(split, (s = { pages: 0, hash: crypto.createHash('sha256') }));
  s.pages++;
  s.hash.update(json).update('\n');
  perPage.push(`${split}\t${name}\t${crypto.createHash('sha256').update(json).digest('hex').slice(0, 16)}`);
}
if (values.bbc === undefined) {
  for (const { source, truth } of labelledPages(values.dir)) {
    const bytes = fs.readFileSync(path.join(values.dir, ...source.split('/')));
    const manifestEntry = values.urls && truth.url ? { url: truth.url } : undefined;
    add(truth.split, source, articleFromFile({ bytes, source, manifestEntry }));
  }
} else {
  for (const record of records(readSource(BBC_NEWS), Number(values.bbc)))
    add('bbc', record.id, articleFromFile({ bytes: Buffer.from(JSON.stringify(record)), source: `${record.id}.json` }));
}
if (values.out) fs.writeFileSync(values.out, `${perPage.join('\n')}\n`);
console.log(
  JSON.stringify(Object.fromEntries([...splits].map(([k, s]) => [k, { pages: s.pages, digest: s.hash.digest('hex').slice(0, 16) }]))),
);
