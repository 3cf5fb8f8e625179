/**
 * Settles an article's metadata. Precedence, field by field:
 *   manifest entry > what the file states (front matter, HTML meta/JSON-LD, record fields)
 *   > manifest folder entry > path conventions > inference from the text > "Unknown"/null.
 * The date in the article's address (`…/2019/03/07/the-story/`) checks the date read from the text
 * (`withAddressDate`): where nothing states the date, it dates a page that gives none or another day of its
 * year, and the two naming different years date nothing.
 * A statement about one file beats one about its whole folder. Every value says where it came
 * from. A stated `null` (e.g. `agency: null` in the manifest) settles the field as empty and
 * stops inference.
 */
import type { ArticleMeta, Provenance } from '../../engine/contract/types.ts';
import { detectLanguage, primaryLanguage, UNDETERMINED } from './language.ts';
import type { CleanResult, Settled, StatedMeta } from '../types.ts';
import { inferMetadata } from './infer.ts';
import { titleFromLead } from './lead-title.ts';
import { dateFromAddress, dateFromPath, outletFromPath } from './path.ts';

export const UNKNOWN_OUTLET = 'Unknown';

export interface MetadataInput {
  source: string;
  clean: CleanResult;
  manifest?: StatedMeta | undefined;
  /** What the file states about itself, and where each value came from (default "front matter"). */
  frontMatter?: StatedMeta | undefined;
  frontMatterFrom?: Partial<Record<keyof StatedMeta, string>> | undefined;
  /** The manifest's entry for the folder the file is in, and which folder that was. */
  folder?: { meta: StatedMeta; from: string } | undefined;
  /** A byline the format states (HTML author meta, a record's `author`). */
  byline?: Settled<string> | undefined;
  /**
   * The outlet the pages of the file's folder agree on (outlet-folder.ts): below everything the
   * page itself says, so it never stands over the page's own outlet.
   */
  folderOutlet?: Settled<string> | undefined;
  /** The dates several sites of the corpus print in their head: the visit's, no page's date (date-visit.ts). */
  visitDates?: ReadonlySet<string> | undefined;
  /** The article's paragraphs, for language detection. */
  paragraphs: readonly string[];
}

export type SettledMeta = Omit<ArticleMeta, 'id' | 'source' | 'contentHash'>;

/**
 * The date read from the page, checked against the one its address gives (path.ts `dateFromAddress`): the page's
 * when it falls in the address's year, month and day as far as the address gives them (it is then as precise or
 * more); the address's when the page gives none, or another day of the same year (a site's "today" or another
 * item's stamp read over the story). When the two name different years neither is taken: the page's may be a
 * "today" bar or an item's stamp, the address's a later filing (a site that moves or republishes its archive files
 * old stories under new folders), and no year beats a wrong one. A listing's page (its title an archive's or a list's
 * heading) has no date of its own, whatever its address says. On the labelled write-from pages an address's date
 * was the story's on every article that had one.
 */
function withAddressDate(read: Settled<string> | undefined, address: Settled<string> | null): Settled<string | null> | undefined {
  if (address === null) return read;
  if (read === undefined) return address;
  if (read.value.startsWith(address.value)) return read;
  if (read.value.slice(0, 4) === address.value.slice(0, 4)) return address;
  return { value: null, from: `the page (${read.from}) and its address (${address.from}) disagree on the year` };
}

type Field = keyof StatedMeta;

export function settleMetadata(input: MetadataInput): SettledMeta & { unconfirmedOutlet?: string } {
  const { source, clean, manifest, frontMatter, frontMatterFrom, folder } = input;
  const provenance: Provenance = {};

  /** The value stated for `field` at one level, or `undefined` when that level says nothing. */
  function statedAt<F extends Field>(
    level: 'manifest' | 'file' | 'folder',
    field: F,
  ): Settled<Exclude<StatedMeta[F], undefined>> | undefined {
    const meta = level === 'manifest' ? manifest : level === 'file' ? frontMatter : folder?.meta;
    const value = meta?.[field];
    if (value === undefined) return undefined;
    const from =
      level === 'manifest'
        ? 'manifest'
        : level === 'file'
          ? (frontMatterFrom?.[field] ?? 'front matter')
          : `manifest folder '${folder!.from}'`;
    return { value: value as Exclude<StatedMeta[F], undefined>, from };
  }
  const stated = <F extends Field>(field: F) => [statedAt('manifest', field), statedAt('file', field), statedAt('folder', field)];

  /** @param fallback what stands when no candidate does; a function when making it costs something */
  function settle<T>(
    field: keyof Provenance,
    candidates: Array<Settled<T> | undefined | null>,
    fallback: Settled<T> | (() => Settled<T>),
  ): T {
    const chosen = firstSettled(candidates) ?? (typeof fallback === 'function' ? fallback() : fallback);
    provenance[field] = chosen.from;
    return chosen.value;
  }

  const url = settle<string | null>('url', stated('url'), { value: null, from: 'none stated' });
  // What the article states is settled before anything is inferred, so that inference runs only
  // for the fields left open (on a corpus of records stating them, it was a third of the build).
  const statedOutlet = firstSettled(stated('outlet')) ?? outletFromPath(source) ?? undefined;
  const statedDate = firstSettled(stated('date')) ?? dateFromPath(source) ?? undefined;
  const inferred = inferMetadata(clean, {
    url,
    ...(statedOutlet ? { statedOutlet: statedOutlet.value } : {}),
    ...(input.folderOutlet ? { folderOutlet: input.folderOutlet.value } : {}),
    carriedByStated: stated('carriedBy').some((c) => c !== undefined),
    dateStated: statedDate !== undefined,
    ...(input.visitDates ? { visitDates: input.visitDates } : {}),
  });

  // No headline: the first sentence of the text names the story better than the file's name does.
  // The file name's title only when nothing else stands: three regex passes a record, for a fallback.
  // The lead's sentence too, only when neither a statement nor the headline will stand before it.
  const statedTitle = stated('title');
  const leadTitle = inferred.title || statedTitle.some((c) => c !== undefined) ? null : titleFromLead(clean.kept);
  const title = settle('title', [...statedTitle, inferred.title, leadTitle], () => ({
    value: titleFromFileName(source),
    from: 'file name (no headline found)',
  }));
  const outlet = settle('outlet', [statedOutlet, inferred.outlet, input.folderOutlet], {
    value: UNKNOWN_OUTLET,
    from: 'nothing names it',
  });
  const agency = settle<string | null>('agency', [...stated('agency'), inferred.agency], { value: null, from: 'none credited' });
  const carriedBy = settle<string | null>('carriedBy', [...stated('carriedBy'), inferred.carriedBy], {
    value: null,
    from: 'none named',
  });
  const date = settle<string | null>(
    'date',
    // The address is parsed only when nothing states the date (most records of a big corpus do).
    [statedDate ?? withAddressDate(inferred.date, clean.headline?.archive ? null : dateFromAddress(url))],
    {
      value: null,
      from: 'none found',
    },
  );
  // Detection only when nothing states the language: a stated language wins anyway, and detection
  // was a sixth of a big build's CPU time.
  const statedLanguage = stated('language');
  const detected = statedLanguage.some((c) => c !== undefined)
    ? []
    : [detectLanguage(input.paragraphs)].map((d) => ({ value: d.language, from: d.from }));
  const language = primaryLanguage(settle('language', [...statedLanguage, ...detected], { value: UNDETERMINED, from: 'none' }));

  // The year is the date's year and nothing else: a copyright notice only ever becomes a hint.
  const year = date ? Number(date.slice(0, 4)) : null;
  provenance.year = date ? provenance.date! : 'no date';

  const byline = input.byline ?? inferred.byline;
  if (byline) provenance.byline = `${byline.value} (${byline.from})`;

  const settled: SettledMeta = { title, outlet, agency, carriedBy, date, year, url, language, provenance, hints: inferred.hints };
  // Not metadata: the name whose lone line the pipeline still drops as a credit (outlet.ts, task 18out3).
  return outlet === UNKNOWN_OUTLET && inferred.unconfirmedOutlet !== undefined
    ? { ...settled, unconfirmedOutlet: inferred.unconfirmedOutlet }
    : settled;
}

/** The first value some level states, in precedence order. */
function firstSettled<T>(candidates: ReadonlyArray<Settled<T> | undefined | null>): Settled<T> | undefined {
  return candidates.find((c): c is Settled<T> => c !== undefined && c !== null);
}

/** "2012-11-21-gaza_truce.txt" → "2012 11 21 gaza truce": better than an empty title. */
function titleFromFileName(source: string): string {
  const base = source
    .split('/')
    .pop()!
    .replace(/\.[^.]*$/, '');
  return base.replace(/[-_]+/g, ' ').trim() || source;
}
