/**
 * `corpus/manifest.yaml`: per-article metadata a person states, keyed by path relative to the
 * corpus folder. A broken manifest stops indexing with an error that names the file, the line
 * and the problem: silently ignoring it would index wrong years and outlets.
 */
import { z } from 'zod';
import { compactMeta, statedMetaSchema } from '../infer/stated-meta.ts';
import type { StatedMeta } from '../types.ts';
import { CorpusFileError, parseYamlFile, readCorpusFile } from './yaml-file.ts';

export const MANIFEST_FILE_NAMES = ['manifest.yaml', 'manifest.yml'] as const;

export class ManifestError extends CorpusFileError {
  override readonly name = 'ManifestError';
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
  folders: z
    .record(z.string(), statedMetaSchema.omit({ title: true, url: true }).nullable())
    .nullable()
    .optional(),
});

/** Corpus-relative path as the indexer spells it: `/` separators, no leading `./`. */
export function normalizeCorpusPath(p: string): string {
  return p
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .replace(/\/{2,}/g, '/');
}

/** Reads the corpus manifest if there is one. Rejects with `ManifestError` when it is malformed. */
export async function loadManifest(corpusDir: string): Promise<Manifest> {
  const found = await readCorpusFile(corpusDir, MANIFEST_FILE_NAMES, (file, problem) => new ManifestError(file, problem));
  if (found === null) return { file: null, entries: new Map(), folders: new Map() };
  return { file: found.file, ...parseManifestSections(found.source, found.file) };
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
  const { data, lineOf } = parseYamlFile(
    source,
    manifestSchema,
    (problem, line) => new ManifestError(file, problem, line),
    `known fields: ${Object.keys(statedMetaSchema.shape).join(', ')}; the top level holds "articles" and "folders"`,
  );

  const entries = new Map<string, StatedMeta>();
  for (const [key, entry] of Object.entries(data.articles ?? {})) {
    const source = normalizeCorpusPath(key);
    if (entries.has(source)) {
      throw new ManifestError(file, `"${key}" is listed twice (as "${source}")`, lineOf(['articles', key]));
    }
    entries.set(source, entry ? compactMeta(entry) : {});
  }
  const folders = new Map<string, StatedMeta>();
  for (const [key, entry] of Object.entries(data.folders ?? {})) {
    const folder = normalizeCorpusPath(key).replace(/\/+$/, '');
    if (folders.has(folder)) {
      throw new ManifestError(file, `folder "${key}" is listed twice (as "${folder}/")`, lineOf(['folders', key]));
    }
    if (entry) folders.set(folder, compactMeta(entry));
  }
  return { entries, folders };
}
