/**
 * `corpus/synonyms.yaml`: groups of equivalent terms and one-way expansions (the format is
 * documented at the top of the seed corpus's file). Only parsing and validation live here; the
 * engine stores the rules with the index and applies them. A broken file stops indexing with an
 * error naming the file, the line and the problem: silently dropping synonyms would change what
 * every search finds.
 */
import { z } from 'zod';
import type { SynonymRules } from '../../engine/contract/types.ts';
import { CorpusFileError, parseYamlFile, readCorpusFile } from './yaml-file.ts';

export const SYNONYM_FILE_NAMES = ['synonyms.yaml', 'synonyms.yml'] as const;

export class SynonymsError extends CorpusFileError {
  override readonly name = 'SynonymsError';
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
  const found = await readCorpusFile(corpusDir, SYNONYM_FILE_NAMES, (file, problem) => new SynonymsError(file, problem));
  return found === null ? null : parseSynonyms(found.source, found.file);
}

/** Parses synonym-list text; `file` is only used in error messages. */
export function parseSynonyms(source: string, file: string): SynonymRules {
  const { data } = parseYamlFile(
    source,
    schema,
    (problem, line) => new SynonymsError(file, problem, line),
    'the file holds "equivalent" and "oneWay"; a one-way entry holds "from" and "to"',
  );
  return {
    groups: data.equivalent ?? [],
    oneWay: (data.oneWay ?? []).map(({ from, to }) => ({ from, to })),
  };
}
