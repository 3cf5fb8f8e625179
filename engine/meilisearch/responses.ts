/**
 * What Meilisearch sends back, checked with zod where the backend reads it as our documents: the
 * paragraph and article documents this engine stored (documents.ts), and the copy fields read back
 * for regrouping (copies.ts). An index written by something else, or by an incompatible version,
 * then fails with a message naming the field instead of passing `undefined` on as a string.
 * Extra fields (`_matchesPosition`, `_rankingScoreDetails`, storage-only fields) are kept.
 */
import { z } from 'zod';
import { IncompatibleBackendError } from '../contract/errors.ts';

const optionalNull = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);

export const ParagraphHit = z.looseObject({
  id: z.string(),
  articleId: z.string(),
  position: z.number().int().nonnegative(),
  kind: z.enum(['body', 'heading']),
  text: z.string(),
  title: z.string(),
  outlet: z.string(),
  year: optionalNull(z.number().int()),
  date: optionalNull(z.string()),
  language: z.string(),
  /** Absent in an index built before copy groups: the paragraph leads its own. */
  copyGroup: z.string().optional(),
});

export const ArticleHit = z.looseObject({
  id: z.string(),
  source: z.string(),
  title: z.string(),
  outlet: z.string(),
  agency: optionalNull(z.string()),
  carriedBy: optionalNull(z.string()),
  date: optionalNull(z.string()),
  year: optionalNull(z.number().int()),
  url: optionalNull(z.string()),
  language: z.string(),
  provenance: z
    .record(z.string(), z.string())
    .nullish()
    .transform((v) => v ?? {}),
  hints: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? []),
  contentHash: z.string(),
});

/** A paragraph as the article page reads it. */
export const ArticleParagraphHit = z.looseObject({
  position: z.number().int().nonnegative(),
  kind: z.enum(['body', 'heading']),
  text: z.string(),
  copyGroup: z.string().optional(),
});

export const StoredCopyFields = z.object({
  id: z.string(),
  articleId: z.string(),
  position: z.number().int().nonnegative(),
  /** Absent in an index built before copy groups: 0. */
  copySeq: z
    .number()
    .int()
    .optional()
    .transform((v) => v ?? 0),
  copySig: z.string().nullish(),
  copyGroup: z.string().optional(),
});

export const StoredArticleCopy = z.object({
  id: z.string(),
  /** Absent in an index built before copy groups: 0. */
  copySeq: z
    .number()
    .int()
    .optional()
    .transform((v) => v ?? 0),
  copyOf: z.object({ id: z.string(), shared: z.number().int() }).nullish(),
});

/** `value` read as `schema` says, or an error naming what Meilisearch sent that this engine did not store. */
export function readAs<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'document';
  throw new IncompatibleBackendError(
    `Meilisearch returned ${what} this engine did not write (${where}: ${issue?.message ?? 'malformed'}); rebuild the index with npm run index -- --full`,
  );
}
