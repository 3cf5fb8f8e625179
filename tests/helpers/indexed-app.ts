/** A real app over a real embedded index of a corpus folder, in a temporary DATA_DIR. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type express from 'express';
import { openEngine } from '../../engine/contract/open-engine.ts';
import type { SearchEngine } from '../../engine/contract/types.ts';
import { indexCorpus } from '../../indexer/run.ts';
import { createApp } from '../../server/app.ts';

export const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURE_CORPUS = path.join(ROOT, 'tests', 'fixtures', 'http-corpus');
export const SEED_CORPUS = path.join(ROOT, 'corpus');

export interface IndexedApp {
  app: express.Express;
  engine: SearchEngine;
  dataDir: string;
  close(): Promise<void>;
}

export async function indexedApp(corpusDir: string): Promise<IndexedApp> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'nutgraf-http-'));
  const writer = await openEngine({ dataDir, role: 'indexer' });
  await indexCorpus({ corpusDir, engine: writer });
  await writer.close();
  const engine = await openEngine({ dataDir, role: 'server' });
  const app = createApp({ engine, log: () => {} });
  return {
    app,
    engine,
    dataDir,
    async close() {
      await engine.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The text content of an element with this id in an HTML page (tags dropped, entities decoded). */
export function textOfId(html: string, id: string): string | null {
  const open = new RegExp(`<(\\w+)[^>]*\\bid="${id}"[^>]*>`).exec(html);
  if (!open) return null;
  const tag = open[1]!;
  const start = open.index + open[0].length;
  const end = html.indexOf(`</${tag}>`, start);
  return decodeEntities(html.slice(start, end).replace(/<[^>]+>/g, ''));
}

export function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Sum of a facet's counts. */
export function facetSum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
