/**
 * `npx tsx bench/ingest/outlet-folder.ts [--dir DIR]... [--bbc] [--show]`: what the folder outlet
 * (indexer/infer/outlet-folder.ts) learns from each labelled set's folders, as counts: folders
 * given an outlet, and of the pages it would name (those without an outlet of their own today),
 * how many it names right and wrong by their truth. The BBC corpus (`--bbc`, folders are its
 * sections, every article one outlet the text never names as a site) must learn nothing.
 * `--regroup N` puts each set's pages, in order, into folders of N instead of their own (a folder
 * of many outlets as small as a site's); with `--mix`, the pages of every set given are pooled
 * and shuffled (by a hash of their path) first: a few pages of one site among many outlets. `--show` prints each folder's pick and evidence (a name, not a page's lines).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FurnitureLearner, furnitureSample } from '../../indexer/clean/furniture.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BBC_NEWS } from '../corpora.ts';
import { labelledPages, PAGES_DIR } from './pages.ts';
import { sameOutlet, type PageTruth } from './score.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', multiple: true, default: [PAGES_DIR] },
    bbc: { type: 'boolean', default: false },
    show: { type: 'boolean', default: false },
    regroup: { type: 'string' },
    mix: { type: 'boolean', default: false },
  },
});
await loadLanguageDetector();

interface Page {
  folder: string;
  text: string;
  truth: PageTruth | null;
  source: string;
}

/** A labelled set's pages with their text, each in its own folder. */
function labelled(dir: string): Page[] {
  return labelledPages(dir).map(({ source, truth }) => ({
    folder: path.posix.dirname(source),
    text: fs.readFileSync(path.join(dir, ...source.split('/')), 'utf8'),
    truth,
    source,
  }));
}

function bbc(): Page[] {
  const pages: Page[] = [];
  for (const folder of fs.readdirSync(BBC_NEWS).sort())
    for (const file of fs.readdirSync(path.join(BBC_NEWS, folder)).sort())
      pages.push({ folder, text: fs.readFileSync(path.join(BBC_NEWS, folder, file), 'utf8'), truth: null, source: `${folder}/${file}` });
  return pages;
}

function measure(name: string, pages: Page[]): void {
  const learner = new FurnitureLearner();
  for (const p of pages) {
    const sample = furnitureSample(p.text);
    learner.addSample(sample, p.folder);
  }
  const outlets = learner.folderOutlets();
  const t = { folders: outlets.size, named: 0, right: 0, wrong: 0, stated: 0, statedRight: 0 };
  for (const p of pages) {
    const folderOutlet = outlets.get(p.folder);
    if (!folderOutlet) continue;
    // As the indexer builds it with what the folder taught: named by the folder only where the page names nothing itself.
    const built = articleFromFile({ bytes: Buffer.from(p.text), source: p.source, folderOutlet });
    if (!built.ok || !built.article.provenance.outlet?.includes('pages of its folder')) continue;
    const folder = { value: built.article.outlet };
    t.named++;
    const want = p.truth?.outlet && p.truth.outlet !== '?' ? p.truth.outlet : null;
    if (want && sameOutlet(folder.value, want)) t.right++;
    else t.wrong++;
    if (p.truth?.outletStated) {
      t.stated++;
      if (want && sameOutlet(folder.value, want)) t.statedRight++;
    }
  }
  console.log(
    `${name.padEnd(28)} folders ${new Set(pages.map((p) => p.folder)).size}, given an outlet ${t.folders}; pages named ${t.named}: right ${t.right}, wrong ${t.wrong} (of them text names it: ${t.statedRight}/${t.stated})`,
  );
  if (values.show) for (const [folder, o] of outlets) console.log(`    ${folder}: ${o.value} — ${o.from.replace(/, as in .*/, '')}`);
}

/** The pages in folders of `size`, in their order: small folders of many outlets. */
function regrouped(pages: Page[]): Page[] {
  const size = Number(values.regroup ?? 0);
  return size > 0 ? pages.map((p, i) => ({ ...p, folder: `group${Math.floor(i / size)}` })) : pages;
}

/** A fixed shuffle: by a hash of the page's set and path. */
const shuffled = (pages: Page[]) =>
  pages
    .map((p) => ({ p, h: createHash('sha1').update(`${p.folder}/${p.source}`).digest('hex') }))
    .sort((a, b) => a.h.localeCompare(b.h))
    .map(({ p }) => p);

if (values.mix) {
  const pooled = values.dir!.flatMap((dir) => labelled(dir).map((p) => ({ ...p, folder: `${path.basename(dir)}/${p.folder}` })));
  measure('mixed', regrouped(shuffled([...pooled, ...(values.bbc ? bbc() : [])])));
} else {
  for (const dir of values.dir!) measure(path.basename(dir), regrouped(labelled(dir)));
  if (values.bbc) measure('bbc (sections)', regrouped(bbc()));
}
