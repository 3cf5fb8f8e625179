/**
 * The outlet: who a reader would cite. Every part of the page that can name it is read as a
 * candidate (outlet-candidates.ts); candidates naming one outlet add up, each kind of place once,
 * and the best total wins when it clears the threshold, else Unknown. A syndication line names the
 * original publisher outright; the site in the title line is then only the one that carried the
 * text. A wire service is the outlet only when no site is named.
 */
import type { DroppedLine } from '../../engine/contract/types.ts';
import type { CleanResult, Settled } from '../types.ts';
import type { Copyright, Inferred } from './infer.ts';
import { CUE_START, DATE_LIKE, outletCandidates, pageLines, type OutletCandidate, type PageLine } from './outlet-candidates.ts';
import { hasCompanyForm, holderName, isDomain, LONE_NAME, outletKey, personShaped } from './outlet-names.ts';
import { SEGMENT } from './outlet-structure.ts';
import { isWire, outletShaped, sectionName } from './outlet-words.ts';
import { quote } from './quote.ts';
import { groupCandidates, strongest, type OutletGroup } from './outlet-groups.ts';
import { RELATED_KIND } from './outlet-roles.ts';
import { LISTED_SITE_KINDS, listedCandidates } from './outlet-listed.ts';
import { listedOutletOf } from './outlet-listed-index.ts';
import { domainName, mastheadExtension, type DomainNameWay } from './outlet-domain-name.ts';
import { CASELESS_DATELINE } from './outlet-caseless.ts';

export interface OutletInput {
  clean: CleanResult;
  dropped: DroppedLine[];
  copyright: Copyright | undefined;
  /** Every copyright notice of the page, in page order. */
  copyrights?: readonly Copyright[];
  agency?: Inferred['agency'];
  urlDomain?: string | null | undefined;
  /** The outlet the article's folder agrees on (outlet-folder.ts): the name of a domain that spells it. */
  folderOutlet?: string | undefined;
}

export type InferredOutlet = Settled<string> & { carriedBy?: Settled<string> };

/** What a winner's evidence must add up to: one place of medium strength, or two weak places that agree. */
export const OUTLET_THRESHOLD = 2;

/** Kinds that name the page's own site: a wire named this way is the outlet (its own page). */
const SITE_KINDS = new Set(['url', 'title-site', 'address', 'syndication', ...LISTED_SITE_KINDS]);

/**
 * What the rules read of the page and their verdict. The learned scorer's trainer
 * (bench/ingest/train-outlet.ts) starts from it; the scorer is not part of inference, since out of
 * fold it added one outlet and on the held-out halves wrong ones (docs/journal/ingestion.md, issue 18).
 */
export interface OutletEvidence {
  lines: PageLine[];
  candidates: OutletCandidate[];
  rule: InferredOutlet | undefined;
  /** The key of the rules' winning group, when a group won. */
  ruleKey: string | null;
  /** The best group's name when it won on places that needed a second one and had none: no outlet, but its line is still furniture. */
  unconfirmed?: string;
}

export function inferOutlet(input: OutletInput): InferredOutlet | undefined {
  return outletEvidence(input).rule;
}

export function outletEvidence({ clean, copyright, copyrights = [], agency, urlDomain, folderOutlet }: OutletInput): OutletEvidence {
  const lines = pageLines(clean);
  const candidates = outletCandidates(clean, lines, urlDomain);
  const listed = listedCandidates(clean, lines);
  const holder = copyright?.holder ? holderName(copyright.holder) : null;
  if (holder && copyright)
    candidates.push({
      value: holder,
      // A holder with its legal form is a company, often the group owning the site: another place must agree.
      score: hasCompanyForm(copyright.holder!)
        ? 1
        : outletShaped(holder) || siteNotice(clean, copyright)
          ? 2
          : personShaped(holder)
            ? 1
            : 1.5,
      kind: 'copyright',
      evidence: `copyright notice '${quote(copyright.text)}'`,
      line: 0,
    });

  // A name or domain of the list groups under the list's outlet, however the page spells it.
  for (const c of candidates) {
    const o = listedOutletOf(c.value);
    if (o) c.group = outletKey(o.display);
  }
  candidates.push(...listed.candidates);
  const groups = groupCandidates(candidates);
  // A wire service is credited on the pages of many sites, so a credit, dateline or copyright
  // naming one says who wrote the story, not who published the page (that stays the agency).
  // It is the outlet only where the page names it as a site: its address, its title line.
  const sites = groups.filter(
    (g) => (!isWire(displayName(g)) || [...g.byKind.keys()].some((k) => SITE_KINDS.has(k))) && !sectionNamedOnce(g),
  );
  const winner = sites[0];
  const clears = winner !== undefined && (winner.total >= OUTLET_THRESHOLD || uncontested(groups, winner));
  const unconfirmed = clears && !vouched(winner, lines) ? displayName(winner) : undefined;
  if (winner && clears && unconfirmed === undefined) {
    const listedName = listedSpelling(winner);
    // The list writes a name as a reader cites it: one outlet, one facet value, on every page.
    const outlet: InferredOutlet =
      listedName !== undefined
        ? {
            value: listedName,
            from: listedName === displayName(winner) ? provenance(winner) : `${provenance(winner)}, as the outlet list names it`,
          }
        : withDefiniteArticle(mastheadSpelling(winner, lines) ?? siteName(displayName(winner), provenance(winner), lines, folderOutlet));
    if (winner.byKind.has('syndication')) {
      const carrier = sites.find((g) => g !== winner && g.byKind.has('title-site'));
      if (carrier) outlet.carriedBy = { value: displayName(carrier), from: provenance(carrier) };
    }
    return { lines, candidates, rule: outlet, ruleKey: winner.key };
  }
  const ownBlocks = new Set(candidates.filter((c) => c.kind === RELATED_KIND).map((c) => outletKey(c.value)));
  const wire = wireOfItsOwnPage(clean, copyrights, agency, ownBlocks);
  return { lines, candidates, rule: wire, ruleKey: wire ? outletKey(wire.value) : null, ...(unconfirmed && !wire ? { unconfirmed } : {}) };
}

/**
 * Kinds of place that are right where their rules were written and wrong on the next site's pages:
 * a name alone on the last line, a byline naming a publication ("By The Example"), the name beside
 * the stamp's date. Where they won alone on the sets they were written from they were right 4 times
 * of 4; alone on the pages no rule was written from (d8, d9 as counts, d10, d11) they won 5 times,
 * wrong each time (a column's title, a partner's credit, a section, a slogan). A winner made of
 * such places only needs a second, independent place (another line) to agree (task 18out3). A
 * caseless script's slash or bracket dateline joined them (task 18out13, outlet-caseless.ts).
 */
const NEEDS_AGREEMENT = new Set(['foot', 'byline', 'stamp-name', CASELESS_DATELINE]);

/**
 * A group named like a section or a menu item ("Info" after a title line's bar, "Nacional" over
 * every headline of a list, "Advertise" after "Download App", "Daily Newsletter" as a masthead)
 * read in one place only: the page's navigation, not its name. On the check sets of two rounds
 * such a name was the winner on five pages of five sites in five sets, wrong each time (task
 * 18out12). A site called so ("Sport") names itself in a second place too: its address, its notice.
 */
function sectionNamedOnce(g: OutletGroup): boolean {
  return sectionName(displayName(g)) && independentPlaces(g) < 2;
}

/** The winner rests on a reliable kind of place, or on two independent places that agree. */
function vouched(g: OutletGroup, lines: readonly PageLine[]): boolean {
  for (const k of g.byKind.keys()) if (!NEEDS_AGREEMENT.has(k)) return true;
  return creditStamp(g.byKind.get('byline'), lines) || independentPlaces(g) >= 2;
}

/**
 * A byline naming a publication by its shape (score 2: "The Example", "Example News", a brand's
 * inner capital after the writer) on a line that also says who wrote it or when ("September 30,
 * 2017 by The Example", "Jane Doe | ExampleNews"): the page's own credit stamp, enough alone (task
 * 18out9). A bare "By The Example" or "De NORTE A SUL" (a column's title, score 1) still needs
 * another line: a partner's credit or a heading reads the same.
 */
function creditStamp(byline: OutletCandidate | undefined, lines: readonly PageLine[]): boolean {
  if (byline === undefined || byline.score < 2) return false;
  if (byline.signed) return true;
  const text = lines.find((l) => l.line === byline.line)?.text;
  return text !== undefined && DATE_LIKE.test(text);
}

/**
 * The group's places as lines: two kinds read off one line are one place ("By X" as the last line
 * is a byline and a foot), and names alone on a line are one role wherever they stand.
 */
function independentPlaces(g: OutletGroup): number {
  const alone = new Set<number>();
  for (const c of g.byKind.values()) if (POSITIONAL_KINDS.has(c.kind)) alone.add(c.line);
  const places = new Set<string>();
  for (const c of g.byKind.values())
    places.add(POSITIONAL_KINDS.has(c.kind) || (c.line !== 0 && alone.has(c.line)) ? 'alone' : c.line === 0 ? c.kind : `line ${c.line}`);
  return places.size;
}
const POSITIONAL_KINDS = new Set(['masthead', 'foot', 'repeated']);

/** "All rights reserved" in the languages met: a site's own notice, not a photo credit. */
const ALL_RIGHTS =
  /\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|alle rettigheder forbeholdes|alla rättigheter förbehållna|alle rettigheter reservert|wszelkie prawa zastrzeżone|všechna práva vyhrazena|tüm hakları saklıdır)\b|무단\s?전재|재배포\s?금지|無断転載|無斷轉載|版权所有|版權所有/i;

/**
 * The terms a wire makes its licensees print under a story they carry ("This material may not be
 * published, broadcast, rewritten or redistributed"): the page is a member site's copy.
 */
const LICENSEE_TERMS = /\b(?:may not be (?:re)?(?:published|broadcast|reproduced)|rewritten or redistributed)\b/i;

/**
 * A wire service's own story with no site named: the wire is who a reader would cite when it is
 * the only wire the page names and it signs the story itself: a "Wire/Name" credit, or a full
 * copyright notice below the story ("© Copyright AFP 2024. All rights
 * reserved."). A wire under a byline ("By Reuters"), in a photo credit above the story, "provided
 * by" a wire, or one of several wires (an aggregator's page) is carried, not the page's own.
 */
function wireOfItsOwnPage(
  clean: CleanResult,
  copyrights: readonly Copyright[],
  agency: Inferred['agency'],
  ownBlocks: ReadonlySet<string>,
): InferredOutlet | undefined {
  const holders = copyrights
    .map((c) => ({ c, name: c.holder ? holderName(c.holder) : null }))
    .filter((h) => h.name !== null && isWire(h.name));
  const wires = new Set([
    ...holders.map((h) => outletKey(h.name!)),
    ...(agency && agency.value !== 'Agencies' ? [outletKey(agency.value)] : []),
  ]);
  if (wires.size !== 1) return undefined;
  const firstBody = clean.kept.find((l) => l.kind === 'body')?.line ?? 0;
  const notice = holders.find(
    (h) =>
      h.c.line > firstBody &&
      ALL_RIGHTS.test(h.c.text) &&
      !/\b(?:provided by|courtesy of)\b/i.test(h.c.text) &&
      !LICENSEE_TERMS.test(h.c.text),
  );
  if (notice)
    return withDefiniteArticle({ value: notice.name!, from: `copyright notice '${quote(notice.c.text)}', no other outlet named` });
  // A dateline alone is on every member site's copy of the story: the wire signs it, but the
  // page may be anyone's, and a wrong outlet is worse than none. The wire's own block of related
  // links ("Related Wire Stories") says the page is its own.
  if (agency && agency.value !== 'Agencies' && !agency.contributedOnly && !agency.aloneOnLine) {
    if (!agency.datelineOnly) return { value: agency.value, from: `${agency.from}, no other outlet named` };
    if (ownBlocks.has(outletKey(agency.value)))
      return { value: agency.value, from: `${agency.from}, with its own related-links label, no other outlet named` };
  }
  return undefined;
}

/**
 * The site's own full notice below the story ("Copyright © Example. All rights reserved."): a photo
 * credit sits above or among the paragraphs and rarely reserves all rights.
 */
function siteNotice(clean: CleanResult, c: Copyright): boolean {
  const firstBody = clean.kept.find((l) => l.kind === 'body')?.line ?? 0;
  return c.line > firstBody && ALL_RIGHTS.test(c.text) && !LICENSEE_TERMS.test(c.text);
}

/** How the outlet is written: a name rather than a domain, mixed case rather than a masthead's capitals, the strongest spelling. */
function displayName(g: OutletGroup): string {
  const names = g.candidates.filter((c) => !isDomain(c.value));
  const pool = names.length > 0 ? names : g.candidates;
  const mixed = pool.filter((c) => c.value !== c.value.toUpperCase() || c.value.replace(/[^\p{L}]/gu, '').length <= 4);
  return (mixed.length > 0 ? mixed : pool).reduce((a, b) => (b.score > a.score ? b : a)).value;
}

/**
 * A winner that is an address only (no list knows it, no place names it) is cited by the name the
 * page spells it with, or its registered label (outlet-domain-name.ts).
 */
function siteName(value: string, from: string, lines: readonly PageLine[], folderOutlet: string | undefined): Settled<string> {
  if (!isDomain(value)) return { value, from };
  const named = domainName(
    value,
    lines.map((l) => l.text),
    folderOutlet,
  );
  return { value: named.value, from: `${from}, ${NAMED_BY[named.way]}` };
}

/**
 * A winner that is a site's address (its URL, an address the page prints) is cited by the page's
 * masthead when the first line writes the address's label with the rest of the site's name
 * ("Example News" on example.net, where the label alone gives "Example"): two places agree on the
 * name, the page spells it whole (task 18out15). The line must be shaped like a name: no cue
 * ("From Example Daily"), no date, nothing but capitalised words.
 */
function mastheadSpelling(g: OutletGroup, lines: readonly PageLine[]): Settled<string> | undefined {
  const parts = lines[0]?.text.split(SEGMENT) ?? [];
  for (const part of new Set([parts[0], parts.at(-1)])) {
    const first = part?.trim();
    if (first === undefined || first.length > MASTHEAD_CHARS || !LONE_NAME.test(first) || CUE_START.test(first) || DATE_LIKE.test(first))
      continue;
    for (const c of g.candidates) {
      if (!isDomain(c.value)) continue;
      const name = mastheadExtension(c.value, first);
      if (name !== undefined)
        return { value: name, from: `${provenance(g)}, named as the page's first line '${quote(first)}' writes it whole` };
    }
  }
  return undefined;
}
const MASTHEAD_CHARS = 48;

const NAMED_BY: Record<DomainNameWay, string> = {
  folder: "named as its folder's pages agree, its letters spelling the domain",
  page: 'named as the page spells it',
  words: "named by the page's words its label runs together",
  label: 'named by its registered label',
};

/**
 * The list's name when a listed outlet won, unless the page writes the outlet in another script
 * than the list ("Пример ТВ" for a listed "Example TV"): then the page's own spelling.
 */
function listedSpelling(g: OutletGroup): string | undefined {
  const best = (cs: OutletCandidate[]) =>
    cs.reduce<OutletCandidate | undefined>((a, c) => (a === undefined || c.score > a.score ? c : a), undefined);
  // The list maps a domain to its outlet's name ("example-daily.com" is "Example Daily"): an address the list knows is a listed name.
  const listed =
    best(g.candidates.filter((c) => c.kind.startsWith('listed-'))) ??
    best(
      g.candidates
        .filter((c) => isDomain(c.value) && listedOutletOf(c.value) !== undefined)
        .map((c) => ({ ...c, value: listedOutletOf(c.value)!.display })),
    );
  if (listed === undefined) return undefined;
  const latin = (t: string) => /\p{Script=Latin}/u.test(t);
  const native = best(g.candidates.filter((c) => !isDomain(c.value) && latin(c.value) !== latin(listed.value)));
  return native !== undefined && !latin(native.value) ? native.value : listed.value;
}

/** The evidence that won, then the other places that agreed. */
function provenance(g: OutletGroup): string {
  const best = strongest(g);
  // Another kind read off the winning line (a listed name inside it) is the same place, not agreement.
  const rest = [...g.byKind.values()].filter((c) => c !== best && (c.line === 0 || c.line !== best.line)).map((c) => c.evidence);
  return rest.length === 0 ? best.evidence : `${best.evidence}, agreeing with ${rest.join('; ')}`;
}

/**
 * English newspaper titles ending in a masthead noun are cited with "The" ("The New York Times",
 * "The Jerusalem Post"), though syndication lines and footers often drop it. Adding it keeps one
 * outlet under one facet value whichever line named it.
 */
const MASTHEAD_NOUNS = new Set(
  'Times Post Guardian Herald Journal Telegraph Independent Tribune Globe Observer Chronicle Gazette Inquirer Examiner Economist Enquirer Courier Register Star Sun Mirror Standard Spectator Record Dispatch Bulletin Advertiser Argus Mercury Courant Sentinel Statesman Atlantic Hindu Age Australian Scotsman Times-Picayune'.split(
    ' ',
  ),
);

export function withDefiniteArticle(settled: Settled<string>): Settled<string> {
  const words = settled.value.split(/\s+/);
  const last = words.at(-1) ?? '';
  if (/^the$/i.test(words[0] ?? '') || words.length < 2 || words.length > 5 || !MASTHEAD_NOUNS.has(last)) return settled;
  if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return settled;
  return { value: `The ${settled.value}`, from: `${settled.from}, cited with "The" as a newspaper title` };
}

/**
 * Kinds that say "this site" by their role, though weakly: the name beside the stamp's date, and
 * that name found again. Weak because the stamp may hold a section; but when the page puts forward
 * no other name at all, the one it gives there is its own (issue 18: most pages name their outlet
 * once). Mastheads, footers and addresses alone are sections and links as often, and short
 * capitals in a newsroom's phrase are a party or a service as often ("seen by the SPD", "obtained
 * by MI5" in the BBC corpus): not here.
 */
const UNCONTESTED_KINDS = new Set(['stamp-name', 'echo']);
const UNCONTESTED = 1.5;

/** The page's only candidate name, from role kinds only, strong enough to be more than a guess. */
function uncontested(groups: readonly OutletGroup[], winner: OutletGroup): boolean {
  return groups.length === 1 && winner.total >= UNCONTESTED && [...winner.byKind.keys()].every((k) => UNCONTESTED_KINDS.has(k));
}
