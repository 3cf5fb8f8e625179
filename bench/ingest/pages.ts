/**
 * The labelled page set (../shared/pages): every page run through the real indexer pipeline, as a
 * corpus without a manifest would be, and scored against its truth record. The pages are
 * third-party text and are read in place, never copied into the project.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { scorePage, type PageScore, type PageTruth } from './score.ts';

export const PAGES_DIR = path.resolve(fileURLToPath(new URL('../../', import.meta.url)), '..', 'shared', 'pages');

export function pagesAvailable(dir = PAGES_DIR): boolean {
  return fs.existsSync(dir) && fs.readdirSync(dir).some((f) => fs.existsSync(path.join(dir, f, 'truth.jsonl')));
}

/** Every labelled page of `dir`, scored; in folder and file order. */
export async function scorePages(dir = PAGES_DIR): Promise<PageScore[]> {
  await loadLanguageDetector();
  const scores: PageScore[] = [];
  for (const folder of fs.readdirSync(dir).sort()) {
    const truthFile = path.join(dir, folder, 'truth.jsonl');
    if (!fs.existsSync(truthFile)) continue;
    const truths = fs
      .readFileSync(truthFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as PageTruth);
    for (const truth of truths) {
      const bytes = fs.readFileSync(path.join(dir, folder, truth.file));
      const source = `${folder}/${truth.file}`;
      const result = articleFromFile({ bytes, source });
      scores.push(scorePage(source, bytes.toString('utf8'), truth, result));
    }
  }
  return scores.sort((a, b) => a.page.localeCompare(b.page));
}
