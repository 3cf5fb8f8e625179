/**
 * `corpus/manifest.yaml`: per-article metadata a person states, keyed by path relative to the
 * corpus folder. A broken manifest stops indexing with an error that names the file, the line
 * and the problem: silently ignoring it would index wrong years and outlets.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { compactMeta, statedMetaSchema } from './stated-meta.ts';
import type { StatedMeta } from './types.ts';

export const MANIFEST_FILE_NAMES = ['manifest.yaml', 'manifest.yml'] as const;

export class ManifestError extends Error {
  override readonly name = 'ManifestError';
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`);
  }
}

export interface Manifest {
  /** The manifest file, or null when the corpus has none. */
  file: string | null;
  /** Keyed by normalised corpus-relative path ("world/a.txt"). */
  entries: Map<string, StatedMeta>;
  /**
   * `folders:` entries, keyed by normalised folder path without a trailing slash ("reuters",
   * "wires/afp"): metadata for every file under that folder, e.g. which outlet a folder holds.
   */
  folders: Map<string, StatedMeta>;
}

const manifestSchema = z.strictObject({
  articles: z.record(z.string(), statedMetaSchema.nullable()).nullable().optional(),
  folders: z.record(z.string(), statedMetaSchema.omit({ title: true, url: true }).nullable()).nullable().optional(),
});

/** Corpus-relative path as the indexer spells it: `/` separators, no leading `./`. */
export function normalizeCorpusPath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/\/{2,}/g, '/');
}

/** Reads the corpus manifest if there is one. Rejects with `ManifestError` when it is malformed. */
export async function loadManifest(corpusDir: string): Promise<Manifest> {
  for (const name of MANIFEST_FILE_NAMES) {
    const file = path.join(corpusDir, name);
    let source: string;
    try {
      source = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new ManifestError(file, `cannot be read: ${(error as Error).message}`);
    }
    return { file, ...parseManifestSections(source, file) };
  }
  return { file: null, entries: new Map(), folders: new Map() };
}

/** The deepest `folders:` entry containing `source`, with the folder it names. */
export function folderEntryFor(folders: ReadonlyMap<string, StatedMeta>, source: string): { meta: StatedMeta; from: string } | undefined {
  const segments = source.split('/').slice(0, -1);
  for (let depth = segments.length; depth > 0; depth--) {
    const folder = segments.slice(0, depth).join('/');
    const meta = folders.get(folder);
    if (meta) return { meta, from: `${folder}/` };
  }
  return undefined;
}

/** Parses manifest text (its `articles:` section); `file` is only used in error messages. */
export function parseManifest(source: string, file: string): Map<string, StatedMeta> {
  return parseManifestSections(source, file).entries;
}

export function parseManifestSections(source: string, file: string): Pick<Manifest, 'entries' | 'folders'> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.replace(/^\ufeff/, ''), { lineCounter, prettyErrors: false });
  const [yamlError] = doc.errors;
  if (yamlError) {
    throw new ManifestError(file, `is not valid YAML: ${firstLine(yamlError.message)}`, lineCounter.linePos(yamlError.pos[0]).line);
  }

  const parsed = manifestSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `${issue.path.map(String).join(' → ')}: ` : '';
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const line = lineOf(doc, lineCounter, issue.path, keys[0]);
    const hint = keys.length > 0 ? ` (known fields: ${Object.keys(statedMetaSchema.shape).join(', ')}; the top level holds "articles" and "folders")` : '';
    throw new ManifestError(file, `${where}${issue.message}${hint}`, line);
  }

  const entries = new Map<string, StatedMeta>();
  for (const [key, entry] of Object.entries(parsed.data.articles ?? {})) {
    const source = normalizeCorpusPath(key);
    if (entries.has(source)) {
      throw new ManifestError(file, `"${key}" is listed twice (as "${source}")`, lineOf(doc, lineCounter, ['articles', key]));
    }
    entries.set(source, entry ? compactMeta(entry) : {});
  }
  const folders = new Map<string, StatedMeta>();
  for (const [key, entry] of Object.entries(parsed.data.folders ?? {})) {
    const folder = normalizeCorpusPath(key).replace(/\/+$/, '');
    if (folders.has(folder)) {
      throw new ManifestError(file, `folder "${key}" is listed twice (as "${folder}/")`, lineOf(doc, lineCounter, ['folders', key]));
    }
    if (entry) folders.set(folder, compactMeta(entry));
  }
  return { entries, folders };
}

/** Line of the node at `issuePath` (or of its key `key`), so the error points where to look. */
function lineOf(doc: Document, counter: LineCounter, issuePath: PropertyKey[], key?: string): number | undefined {
  const segments = issuePath.filter((p): p is string | number => typeof p !== 'symbol');
  for (let depth = segments.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(segments.slice(0, depth), true);
    if (!node || typeof node !== 'object') continue;
    if (key !== undefined && depth === segments.length && isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      const keyNode = pair && isScalar(pair.key) ? pair.key : undefined;
      if (keyNode?.range) return counter.linePos(keyNode.range[0]).line;
    }
    const range = (node as { range?: [number, number, number] }).range;
    if (range) return counter.linePos(range[0]).line;
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
