/**
 * Settles an article's metadata. Precedence, field by field: manifest > front matter > path
 * conventions (dates only) > inference from the text > "Unknown"/null. Every value says where it
 * came from. A stated `null` (e.g. `agency: null` in the manifest) settles the field as empty and
 * stops inference.
 */
import type { ArticleMeta, Provenance } from '../../engine/types.ts';
import type { CleanResult, Settled, StatedMeta } from '../types.ts';
import { inferMetadata } from './infer.ts';
import { dateFromPath } from './path.ts';

export const UNKNOWN_OUTLET = 'Unknown';
export const DEFAULT_LANGUAGE = 'en';

export interface MetadataInput {
  source: string;
  clean: CleanResult;
  manifest?: StatedMeta | undefined;
  frontMatter?: StatedMeta | undefined;
}

export type SettledMeta = Omit<ArticleMeta, 'id' | 'source' | 'contentHash'>;

type Field = keyof StatedMeta;

export function settleMetadata({ source, clean, manifest, frontMatter }: MetadataInput): SettledMeta {
  const inferred = inferMetadata(clean);
  const provenance: Provenance = {};

  /** The first stated value (manifest, then front matter); `undefined` when neither states it. */
  function stated<F extends Field>(field: F): Settled<Exclude<StatedMeta[F], undefined>> | undefined {
    for (const [meta, from] of [[manifest, 'manifest'], [frontMatter, 'front matter']] as const) {
      const value = meta?.[field];
      if (value !== undefined) return { value: value as Exclude<StatedMeta[F], undefined>, from };
    }
    return undefined;
  }

  function settle<T>(field: keyof Provenance, candidates: Array<Settled<T> | undefined | null>, fallback: Settled<T>): T {
    const chosen = candidates.find((c): c is Settled<T> => c !== undefined && c !== null) ?? fallback;
    provenance[field] = chosen.from;
    return chosen.value;
  }

  const title = settle('title', [stated('title'), inferred.title], {
    value: titleFromFileName(source),
    from: 'file name (no headline found)',
  });
  const outlet = settle('outlet', [stated('outlet'), inferred.outlet], {
    value: UNKNOWN_OUTLET,
    from: 'nothing names it',
  });
  const agency = settle<string | null>('agency', [stated('agency'), inferred.agency], { value: null, from: 'none credited' });
  const carriedBy = settle<string | null>('carriedBy', [stated('carriedBy'), inferred.carriedBy], {
    value: null,
    from: 'none named',
  });
  const date = settle<string | null>('date', [stated('date'), dateFromPath(source), inferred.date], {
    value: null,
    from: 'none found',
  });
  const url = settle<string | null>('url', [stated('url')], { value: null, from: 'none stated' });
  const language = settle('language', [stated('language')], {
    value: DEFAULT_LANGUAGE,
    from: 'default',
  });

  // The year is the date's year and nothing else: a copyright notice only ever becomes a hint.
  const year = date ? Number(date.slice(0, 4)) : null;
  provenance.year = date ? provenance.date! : 'no date';

  return { title, outlet, agency, carriedBy, date, year, url, language, provenance, hints: inferred.hints };
}

/** "2012-11-21-gaza_truce.txt" → "2012 11 21 gaza truce": better than an empty title. */
function titleFromFileName(source: string): string {
  const base = source.split('/').pop()!.replace(/\.[^.]*$/, '');
  return base.replace(/[-_]+/g, ' ').trim() || source;
}
