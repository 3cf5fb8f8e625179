/**
 * Names the page's structure points at, with no cue word: the kind of signal that holds across
 * languages where cue phrases did not (issue 18). Two places are read here:
 *
 * - the stamp line above the story, where the page puts its own name beside the date the way
 *   others put a byline ("Example 2018-06-21 | Comments: 0");
 * - a name written both as a web address and as a word ("… the Example live blog … visit
 *   example.com/markets"): two spellings of one name in different roles of the page.
 *
 * The stamp name is weak alone (1.5): outlet.ts takes it only when another place agrees or nothing
 * else on the page competes. A name in two spellings is its own agreement (2).
 */
import { stopWordCount } from '../clean/stopwords.ts';
import { anyCue } from './date-cues.ts';
import { DATE_DECORATION, monthsOf } from './date-names.ts';
import type { OutletCandidate, PageLine } from './outlet-candidates.ts';
import { cuedPublicationName } from './outlet-mentions.ts';
import { bareDomain, cleanName, isDomain, LONE_NAME, outletKey, personShaped } from './outlet-names.ts';
import { isPlatform, isWire } from './outlet-words.ts';
import { quote } from './quote.ts';

type Add = (c: OutletCandidate | null) => void;

/** A numeric date or clock time: what makes a short line a stamp. */
const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}[:.h]\d{2}\b/gu;
/** Where a stamp line's parts meet: bars, bullets, middle dots, spaced dashes. */
const SEGMENT = /\s*[|•·]\s*|\s+[–—-]\s+/u;
/** A stamp line is short. */
const STAMP_WORDS = 12;

/**
 * The name beside the date on a dropped stamp line above the story: the part that is left when
 * the date is taken out is a single name, not a cue ("Updated"), a month or weekday, a person
 * (a byline) or a wire (the agency). A part that held no date ("Comments: 0") is a label.
 */
export function stampNames(lines: readonly PageLine[], add: Add): void {
  for (const l of lines) {
    // The stamp sits above the story: stop at its first paragraph of prose.
    if (l.reason === null && l.words > STAMP_WORDS) return;
    if (l.reason === null || l.reason === 'headline' || l.words > STAMP_WORDS || !/\d/.test(l.text)) continue;
    for (const part of l.text.split(SEGMENT)) {
      const name = nameBesideDate(part);
      if (name)
        add({
          value: name,
          score: 1.5,
          kind: 'stamp-name',
          evidence: `name beside the date on line ${l.line} '${quote(l.text)}'`,
          line: l.line,
        });
    }
  }
}

function nameBesideDate(part: string): string | null {
  const rest = part.replace(NUMERIC_DATE, ' ');
  if (rest === part) return null;
  const text = rest.replace(DATE_DECORATION, ' ').replace(/\s+/g, ' ').trim();
  if (!LONE_NAME.test(text) || anyCue(text)) return null;
  const name = cleanName(text);
  if (!name || isWire(name) || isPlatform(name) || stopWordCount(name, 0) > 0) return null;
  if (name.split(' ').some((w) => monthsOf(w).length > 0)) return null;
  return personShaped(name) && !cuedPublicationName(name) ? null : name;
}

/** A capitalised word or brand, as a site writes its own name in a sentence. */
const WORD =
  /(?<![\p{L}\p{N}.@/-])(\p{Lu}[\p{L}\p{N}]*(?:[-'’][\p{Lu}][\p{L}\p{N}]*)?|\p{Ll}{1,8}\p{Lu}[\p{L}\p{N}]*)(?![\p{L}\p{N}@]|\.[\p{L}\p{N}])/gu;

/**
 * A web address's name written as a word on another line ("Example" and "example.com"): the
 * same name in two roles, the site's address and its name. `domains` are the addresses other
 * candidates found in the page.
 */
export function domainNames(lines: readonly PageLine[], domains: readonly OutletCandidate[], add: Add): void {
  const labels = new Map<string, OutletCandidate>();
  for (const d of domains) {
    if (!isDomain(d.value)) continue;
    const key = outletKey(bareDomain(d.value));
    // Short labels ("ad", "as") meet too many words and initials.
    if (key.length >= 4 && !labels.has(key)) labels.set(key, d);
  }
  if (labels.size === 0) return;
  for (const l of lines) {
    for (const m of l.text.matchAll(WORD)) {
      const domain = labels.get(outletKey(m[1]!));
      if (!domain) continue;
      labels.delete(outletKey(m[1]!));
      add({
        value: m[1]!,
        // The two spellings agree by themselves: enough alone, as a bare address line is.
        score: 2,
        kind: 'domain-name',
        evidence: `'${m[1]}' on line ${l.line}, the name of the address ${domain.value}`,
        line: l.line,
      });
    }
  }
}
