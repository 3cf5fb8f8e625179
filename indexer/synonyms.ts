/**
 * `corpus/synonyms.yaml`: groups of equivalent terms and one-way expansions (the format is
 * documented at the top of the seed corpus's file). Only parsing and validation live here; the
 * engine stores the rules with the index and applies them. A broken file stops indexing with an
 * error naming the file, the line and the problem: silently dropping synonyms would change what
 * every search finds.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isCollection, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import type { SynonymRules } from '../engine/types.ts';

export const SYNONYM_FILE_NAMES = ['synonyms.yaml', 'synonyms.yml'] as const;

export class SynonymsError extends Error {
  override readonly name = 'SynonymsError';
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`);
  }
}

/** A term must contain a letter or digit: punctuation alone is nothing the index can match. */
const term = z
  .string({ error: 'must be text (quote it if YAML reads it as a number or a boolean)' })
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'is longer than 200 characters')
  .refine((t) => /[\p{L}\p{N}]/u.test(t), 'must contain a letter or a digit');

const schema = z.strictObject({
  equivalent: z.array(z.array(term).min(2, 'a group needs at least two terms')).nullable().optional(),
  oneWay: z
    .array(z.strictObject({ from: term, to: z.array(term).min(1, 'needs at least one term') }))
    .nullable()
    .optional(),
});

/** Reads the corpus's synonym list; null when there is none. Rejects with `SynonymsError`. */
export async function loadSynonyms(corpusDir: string): Promise<SynonymRules | null> {
  for (const name of SYNONYM_FILE_NAMES) {
    const file = path.join(corpusDir, name);
    let source: string;
    try {
      source = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new SynonymsError(file, `cannot be read: ${(error as Error).message}`);
    }
    return parseSynonyms(source, file);
  }
  return null;
}

/** Parses synonym-list text; `file` is only used in error messages. */
export function parseSynonyms(source: string, file: string): SynonymRules {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.replace(/^\ufeff/, ''), { lineCounter, prettyErrors: false });
  const [yamlError] = doc.errors;
  if (yamlError) {
    throw new SynonymsError(file, `is not valid YAML: ${yamlError.message.split('\n')[0]}`, lineCounter.linePos(yamlError.pos[0]).line);
  }
  const parsed = schema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `${issue.path.map(String).join(' → ')}: ` : '';
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const hint = keys.length > 0 ? ` (the file holds "equivalent" and "oneWay"; a one-way entry holds "from" and "to")` : '';
    throw new SynonymsError(file, `${where}${issue.message}${hint}`, lineOf(doc, lineCounter, issue.path, keys[0]));
  }
  return {
    groups: parsed.data.equivalent ?? [],
    oneWay: (parsed.data.oneWay ?? []).map(({ from, to }) => ({ from, to })),
  };
}

/** Line of an unknown key, or of the deepest node on `issuePath` that exists; 1-based. */
function lineOf(doc: Document, lineCounter: LineCounter, issuePath: PropertyKey[], unknownKey?: string): number | undefined {
  const keys = issuePath.map((k) => (typeof k === 'number' ? k : String(k)));
  if (unknownKey !== undefined) {
    const parent = keys.length === 0 ? doc.contents : doc.getIn(keys, true);
    if (isCollection(parent)) {
      const pair = (parent.items as Array<{ key?: { value?: unknown; range?: [number, number, number] } }>).find((p) => p.key?.value === unknownKey);
      if (pair?.key?.range) return lineCounter.linePos(pair.key.range[0]).line;
    }
  }
  for (let n = keys.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true)) as { range?: [number, number, number] } | null | undefined;
    if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}
