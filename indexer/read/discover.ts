/**
 * Which files in the corpus folder are articles. Walks the folder recursively and returns paths
 * sorted the same way on every machine, so ids, order and reports are reproducible.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_FILE_NAMES } from './manifest.ts';
import { OUTLET_FILE_NAMES } from '../infer/outlet-list.ts';
import { readerFor } from './formats/index.ts';
import { URLS_FILE_NAME } from './urls.ts';
import type { SkippedFile } from '../types.ts';

/** Files in the corpus folder that configure it rather than being articles. */
const CONFIG_FILES = new Set<string>([...MANIFEST_FILE_NAMES, 'synonyms.yaml', 'synonyms.yml', 'synonyms.txt', ...OUTLET_FILE_NAMES]);

export interface Discovered {
  /** Corpus-relative paths with `/` separators, sorted. */
  articles: string[];
  /** Files that look like content but have no reader. Config files and dotfiles are not listed. */
  skipped: SkippedFile[];
  /** The `urls.tsv` files, in any folder: each lists the URLs of the pages beside it (urls.ts). */
  urlLists: string[];
}

export class CorpusNotFoundError extends Error {
  override readonly name = 'CorpusNotFoundError';
  constructor(
    readonly corpusDir: string,
    options?: { cause?: unknown },
  ) {
    super(`corpus folder not found: ${corpusDir}`, options);
  }
}

export async function discoverArticles(corpusDir: string): Promise<Discovered> {
  const articles: string[] = [];
  const skipped: SkippedFile[] = [];
  const urlLists: string[] = [];
  for (const source of await listFiles(corpusDir)) {
    const name = path.posix.basename(source);
    if (name.toLowerCase() === URLS_FILE_NAME) {
      urlLists.push(source);
      continue;
    }
    if (isIgnored(source, name)) continue;
    if (readerFor(source)) articles.push(source);
    else
      skipped.push({ source, kind: 'unsupported-format', reason: `unsupported format "${path.posix.extname(name) || '(no extension)'}"` });
  }
  return { articles, skipped, urlLists };
}

/**
 * Every regular file under `corpusDir` (dot-folders excluded), corpus-relative, sorted by code
 * unit so the order does not depend on the locale.
 */
export async function listFiles(corpusDir: string, options: { includeDotfiles?: boolean } = {}): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(corpusDir, { recursive: true, withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CorpusNotFoundError(corpusDir, { cause: error });
    throw error;
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const relative = path.relative(corpusDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (!options.includeDotfiles && relative.split('/').some((part) => part.startsWith('.'))) continue;
    files.push(relative);
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isIgnored(source: string, name: string): boolean {
  const atTop = !source.includes('/');
  if (atTop && CONFIG_FILES.has(name.toLowerCase())) return true;
  return /^readme(\.|$)/i.test(name);
}
