/**
 * `urls.tsv`: the address each page was scraped from, for a user who has the addresses but no
 * manifest. One file per folder, beside the pages it lists: a line is the file's name (relative to
 * that folder), a tab, and its http(s) URL; blank lines and lines starting with "#" are skipped.
 * The URL is read as the manifest's `url` is (a manifest entry stating one wins), so the outlet
 * inference gets the article's domain (issue 18: the list maps a known domain to its outlet's
 * name; an unknown one is named as the page spells it, or stays the domain). A broken line stops
 * indexing with the file, the line and the problem, as a broken outlet list does.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { StatedMeta } from '../types.ts';
import { normalizeCorpusPath } from './manifest.ts';
import { CorpusFileError } from './yaml-file.ts';

export const URLS_FILE_NAME = 'urls.tsv';

export class UrlListError extends CorpusFileError {
  override readonly name = 'UrlListError';
}

/**
 * The URLs of one `urls.tsv`, keyed by corpus path; `folder` is the file's folder, corpus-relative
 * ("" at the root). Throws `UrlListError` naming `file` and the first broken line.
 */
export function parseUrlList(source: string, folder: string, file: string): Map<string, string> {
  const urls = new Map<string, string>();
  source
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .forEach((text, i) => {
      if (text.trim() === '' || text.startsWith('#')) return;
      const fields = text.split('\t').map((f) => f.trim());
      const problem = lineProblem(fields);
      if (problem) throw new UrlListError(file, problem, i + 1);
      const source = normalizeCorpusPath(folder === '' ? fields[0]! : `${folder}/${fields[0]}`);
      if (urls.has(source)) throw new UrlListError(file, `"${fields[0]}" is listed twice`, i + 1);
      urls.set(source, fields[1]!);
    });
  return urls;
}

function lineProblem(fields: readonly string[]): string | null {
  if (fields.length !== 2) return `${fields.length} tab-separated fields, expected 2 (file name, URL)`;
  const [name, url] = fields as [string, string];
  if (name === '' || name.split(/[\\/]/).includes('..')) return `"${name}" is not a file name beside urls.tsv`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a URL`;
  }
  return /^https?:$/.test(parsed.protocol) ? null : `"${url}" is not an http(s) URL`;
}

/** Every `urls.tsv` of the corpus (corpus paths, from discover.ts), read into one map by corpus path. */
export async function loadUrlLists(corpusDir: string, lists: readonly string[]): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  for (const list of lists) {
    const file = path.join(corpusDir, ...list.split('/'));
    let source: string;
    try {
      source = await readFile(file, 'utf8');
    } catch (error) {
      throw new UrlListError(file, `cannot be read: ${(error as Error).message}`);
    }
    for (const [page, url] of parseUrlList(source, path.posix.dirname(list).replace(/^\.$/, ''), file)) urls.set(page, url);
  }
  return urls;
}

/**
 * The manifest's entries with each listed page's URL added where its entry states none: the
 * manifest is what the user wrote about one article, so it wins.
 */
export function withUrls(entries: ReadonlyMap<string, StatedMeta>, urls: ReadonlyMap<string, string>): Map<string, StatedMeta> {
  const merged = new Map(entries);
  for (const [page, url] of urls) {
    const entry = merged.get(page);
    if (entry?.url === undefined) merged.set(page, { ...entry, url });
  }
  return merged;
}
