/**
 * The outlet: who a reader would cite. A syndication line names the original publisher outright;
 * the site in the title line is then only the one that carried the text.
 */
import type { DroppedLine } from '../../engine/types.ts';
import type { CleanResult, Settled } from '../types.ts';
import type { Copyright, Inferred } from './infer.ts';
import { quote } from './quote.ts';

export interface OutletInput {
  clean: CleanResult;
  dropped: DroppedLine[];
  agency: Inferred['agency'];
  copyright: Copyright | undefined;
  urlDomain?: string | null | undefined;
}

export type InferredOutlet = Settled<string> & { carriedBy?: Settled<string> };

export function inferOutlet({ clean, dropped, agency, copyright, urlDomain }: OutletInput): InferredOutlet | undefined {
  const syndicated = dropped.filter((d) => d.reason === 'syndication').map(readSyndication).find((s) => s !== null);
  const suffix = clean.headline?.siteSuffix;
  if (syndicated) {
    const outlet: InferredOutlet = withDefiniteArticle(syndicated);
    if (suffix && suffix.toLowerCase() !== syndicated.value.toLowerCase()) {
      outlet.carriedBy = { value: suffix, from: `title-line site suffix '${suffix}'` };
    }
    return outlet;
  }
  if (suffix) return withDefiniteArticle({ value: suffix, from: `title-line site suffix '${suffix}'` });
  const promoted = dropped.filter((d) => d.reason === 'promotion').map(readPromotionBrand).find((b) => b !== null);
  if (promoted) return withDefiniteArticle(promoted);
  if (urlDomain) return { value: urlDomain, from: `domain of the article's URL` };
  if (copyright?.holder) return withDefiniteArticle({ value: copyright.holder, from: `copyright notice '${quote(copyright.text)}'` });
  // A wire credited for the whole story ("(Reuters)", "Reuters/Name") is who a reader would
  // cite; one that only "contributed to this report" is not.
  if (agency && agency.value !== 'Agencies' && !agency.contributedOnly) {
    return { value: agency.value, from: `${agency.from}, no other outlet named` };
  }
  return undefined;
}

/**
 * English newspaper titles ending in a masthead noun are cited with "The" ("The New York Times",
 * "The Jerusalem Post"), though syndication lines and footers often drop it. Adding it keeps one
 * outlet under one facet value whichever line named it.
 */
const MASTHEAD_NOUNS = new Set(
  'Times Post Guardian Herald Journal Telegraph Independent Tribune Globe Observer Chronicle Gazette Inquirer Examiner Economist Enquirer Courier Register Star Sun Mirror Standard Spectator Record Dispatch Bulletin Advertiser Argus Mercury Courant Sentinel Statesman Atlantic Hindu Age Australian Scotsman Times-Picayune'.split(' '),
);

export function withDefiniteArticle(settled: Settled<string>): Settled<string> {
  const words = settled.value.split(/\s+/);
  const last = words.at(-1) ?? '';
  if (/^the$/i.test(words[0] ?? '') || words.length < 2 || words.length > 5 || !MASTHEAD_NOUNS.has(last)) return settled;
  if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return settled;
  return { value: `The ${settled.value}`, from: `${settled.from}, cited with "The" as a newspaper title` };
}

function readSyndication(d: DroppedLine): Settled<string> | null {
  const m =
    /\bappeared first on\s+(.+?)\s*\.?$/i.exec(d.text) ??
    /\b(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by)\s+(.+?)\s*\.?$/i.exec(d.text);
  const name = m?.[1]?.replace(/^(?:the website of|the site)\s+/i, '').trim();
  if (!name || name.split(/\s+/).length > 6 || /^https?:/i.test(name)) return null;
  return { value: name, from: `syndication line '${quote(m![0].replace(/\s*\.?$/, ''))}'` };
}

/** "Click for full JPost coverage", "Click here for more BBC News stories": a short brand name. */
function readPromotionBrand(d: DroppedLine): Settled<string> | null {
  const m = /^[Cc]lick (?:here )?for (?:the )?(?:full|more|all|complete|latest|live) ([\p{Lu}][\p{L}\p{N}.&'-]*(?: [\p{Lu}][\p{L}\p{N}.&'-]*){0,2}) (?:coverage|news|stories|updates|reports)\b/u.exec(d.text);
  return m ? { value: m[1]!, from: `promotion '${quote(d.text)}'` } : null;
}
