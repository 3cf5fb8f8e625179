/**
 * `npx tsx bench/ingest/caption-reach.ts [--dir DIR …]`: where each form of the caption's closing
 * credit (indexer/clean/picture-credits.ts) fires on the labelled sets, as counts only (no page
 * text is printed, so held-out halves are read as figures): lines it fires on by their truth label
 * (caption or credit / other junk / body / title), and on how many pages of how many outlets. A
 * form that fires on one page is a guess; one that fires on a body line is not a rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type PictureCreditForm, pictureCreditForm } from '../../indexer/clean/picture-credits.ts';
import { normalizeSpaces } from '../../indexer/clean/shape.ts';
import { labelledPages, PAGES_DIR } from './pages.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', multiple: true, default: [PAGES_DIR] } } });

interface Tally {
  caption: number;
  junk: number;
  body: number;
  title: number;
  pages: Set<string>;
  outlets: Set<string>;
}

for (const dir of values.dir) {
  const tallies = new Map<string, Tally>();
  for (const { source, truth } of labelledPages(dir)) {
    const lines = fs.readFileSync(path.join(dir, ...source.split('/')), 'utf8').split('\n');
    lines.forEach((raw, i) => {
      const text = normalizeSpaces(raw.trim());
      if (text === '') return;
      const form: PictureCreditForm | null = pictureCreditForm(text);
      if (form === null) return;
      const n = i + 1;
      const kind = truth.junkKinds[String(n)];
      const key = `${truth.split.padEnd(8)} ${form}`;
      const t = tallies.get(key) ?? { caption: 0, junk: 0, body: 0, title: 0, pages: new Set(), outlets: new Set() };
      if (n === truth.titleLine) t.title++;
      else if (kind === 'caption' || kind === 'credit') t.caption++;
      else if (truth.junkLines.includes(n)) t.junk++;
      else t.body++;
      t.pages.add(source);
      t.outlets.add(truth.outlet);
      tallies.set(key, t);
    });
  }
  console.log(
    `\n${dir}\n${'split    form'.padEnd(34)}${'caption+credit/junk/body/title'.padStart(32)}${'pages'.padStart(7)}${'outlets'.padStart(9)}`,
  );
  for (const [key, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b)))
    console.log(
      `${key.padEnd(34)}${`${t.caption}/${t.junk}/${t.body}/${t.title}`.padStart(32)}${String(t.pages.size).padStart(7)}${String(t.outlets.size).padStart(9)}`,
    );
}
