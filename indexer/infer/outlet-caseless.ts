/**
 * A newsroom's dateline in a script without capitals (issue 18, task 18o8): "CITY (NAME) –" and a
 * line alone "CITY / NAME" above the story. The Latin cues find a name by its capital letter, so
 * Arabic, Hebrew, Persian, Chinese, Korean, Thai or Devanagari names never matched. Here a name is
 * a short run of words in one of those scripts, and the dateline's own marks (the brackets, the
 * slash alone on a line) stand in for the capital. The same shapes carry wire services more often
 * than in Latin pages ("CITY (WIRE) –"), so wires and the lettered abbreviations wires go by
 * ("X Y Z", one letter a word) are never read as the site.
 */
import type { OutletCandidate, PageLine } from './outlet-candidates.ts';
import { CASELESS_DESK_WORDS, CASELESS_TRADE_NOUNS, isWire } from './outlet-words.ts';
import { quote } from './quote.ts';
import { DATELINE_LINES, PROSE_WORDS } from './outlet-reach.ts';

/** One word of a caseless script: letters with their marks, not too long to be a name's word. */
const WORD =
  '[\\p{sc=Arabic}\\p{sc=Hebrew}\\p{sc=Thaana}\\p{sc=Syriac}\\p{sc=Devanagari}\\p{sc=Bengali}\\p{sc=Gurmukhi}\\p{sc=Gujarati}\\p{sc=Tamil}\\p{sc=Telugu}\\p{sc=Kannada}\\p{sc=Malayalam}\\p{sc=Sinhala}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}\\p{sc=Georgian}\\p{sc=Ethiopic}\\p{sc=Hangul}\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{M}ー]{1,16}';
/** A name of one to three caseless words ("Example Daily" written in such a script). */
const CASELESS_NAME = `${WORD}(?:\\s${WORD}){0,2}`;
/** Han and kana write without spaces: a run longer than this is a sentence, not a name. */
const CJK_RUN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{9,}/u;

/** "CITY (NAME) –" opening a paragraph, the city caseless too. */
const BRACKETED = new RegExp(`^(?:${CASELESS_NAME}\\s*)?\\((${CASELESS_NAME})\\)\\s*(?:[-–—]{1,2}|:)\\s`, 'u');
/** "CITY / NAME" and nothing else on the line. */
const SLASHED = new RegExp(`^(${CASELESS_NAME})\\s*/\\s*(${CASELESS_NAME})$`, 'u');
/** "CITY - NAME" and nothing else on the line, as the Arabic press writes its dateline (task 18outlet). */
const DASHED = new RegExp(`^(${CASELESS_NAME})\\s+[-–—]\\s+(${CASELESS_NAME})$`, 'u');

/**
 * The kind of the two shapes above. Alone they named the site on none of the write-from pages of
 * issue 18 and a wrong name on four pages of four sites in four sets (task 18out13): the slash
 * joins a reporter and the site ("নিজস্ব প্রতিবেদক/NAME ডট", the site spelt with its "dot"), the
 * site and its town ("NAME/ TOWN", the other way round), a columnist and a column's title in a
 * teaser list ("NAME/TITLE"); the bracket holds the reporter's given name as often as the site
 * ("CITY (NAME) :" in the Hindi press). So a second place must agree (outlet.ts, NEEDS_AGREEMENT).
 */
export const CASELESS_DATELINE = 'caseless-dateline';

export function caselessDateline(l: PageLine, index: number): OutletCandidate | null {
  if (index >= DATELINE_LINES) return null;
  const text = l.text.trim();
  const b = BRACKETED.exec(text);
  const s = b ? null : SLASHED.exec(text);
  const name = b?.[1] ?? s?.[2];
  if (!name || !siteName(name) || (s && (s[1] === name || reporterSlash(s[1]!, name)))) return null;
  return { value: name, score: 2.5, kind: CASELESS_DATELINE, evidence: `dateline line ${l.line} '${quote(text)}'`, line: l.line };
}

/**
 * "CITY - NAME" alone on a line right above the story's first paragraph: the dash form of the
 * slashed dateline. Alone on a line elsewhere the dash joins a section and its part or a headline
 * and its site as often, so the story must follow at once.
 */
export function caselessDashDateline(lines: readonly PageLine[], add: (c: OutletCandidate | null) => void): void {
  const n = Math.min(lines.length - 1, DATELINE_LINES);
  for (let i = 0; i < n; i++) {
    const l = lines[i]!;
    // Taken for the headline when the page has none, it is still the dateline; a title line's "Headline - Site" names the site the same way.
    if (l.words > 8 || !/[-–—]/u.test(l.text)) continue;
    const next = lines[i + 1]!;
    if (next.reason !== null || next.words <= PROSE_WORDS) continue;
    const text = l.text.trim();
    const d = DASHED.exec(text);
    const name = d?.[2];
    if (!name || d[1] === name || !siteName(name)) continue;
    add({ value: name, score: 2.5, kind: 'dateline', evidence: `dateline line ${l.line} '${quote(text)}'`, line: l.line });
  }
}

/**
 * "記者 Jane Doe／CITY報導": a reporter's byline, then the town the report was filed from, not a
 * newsroom's dateline (task 18out3). The reporter word before the slash or the report word ending
 * the part after it says so.
 */
function reporterSlash(before: string, name: string): boolean {
  return /記者|记者|기자/u.test(before) || /(?:報導|报道|報道|报導|訊|讯|電|电|보도)$/u.test(name);
}

/** A site's name, not a wire's, nor initials ("X Y Z"), nor a run of Han or kana as long as a clause. */
function siteName(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.filter((w) => [...w].length === 1).length > 1 || CJK_RUN.test(name)) return false;
  return !isWire(name);
}

/** One word of the Arabic script (Arabic, Persian, Urdu), with its marks. */
const ARABIC_WORD = '[\\p{sc=Arabic}\\p{M}\\u200c]{1,16}';
const ARABIC_NAME = `${ARABIC_WORD}(?:\\s${ARABIC_WORD}){0,3}`;
/**
 * "CITY: (NAME) story…", "CITY ( NAME) story…", "(NAME) story…": the Urdu press's dateline, the
 * newsroom in brackets with no dash after it, opening the story's first paragraph (task 18out12:
 * three sites in two sets).
 */
const LEAD_BRACKET = new RegExp(`^(?:${ARABIC_NAME}\\s*[:،]?\\s*)?\\(\\s*(${ARABIC_NAME})\\s*\\)\\s*(?:[-–—]{1,2}\\s*)?\\p{L}`, 'u');
/**
 * "به گزارش NAME، …" ("as NAME reports"): the Persian press's opening of its own story, the desk
 * ("گروه ورزش", the sports desk) or the reporter ("خبرنگار") before the name (task 18out12: four
 * sites in two sets). A public relations office ("روابط عمومی") reports its own body's news, and
 * "ما" is "our" reporter: neither names the site.
 */
const REPORTS = new RegExp(
  `به\\s?گزارش\\s+(?:خبرنگار\\s+|گروه\\s+${ARABIC_WORD}\\s+)?(${ARABIC_WORD}(?:\\s${ARABIC_WORD}){0,4}?)\\s*،`,
  'u',
);
const NOT_A_SITE = /^(?:روابط\s+عمومی|ما$|خبرنگار)/u;
/** The Persian word for "news agency" before an agency's name ("خبرگزاری فارس"): the agency is a wire when its name is. */
const AGENCY_WORD = /^خبرگزاری\s+/u;

/**
 * The first paragraph of the story, when it opens with the newsroom's own credit in the Arabic
 * script: the Urdu bracket or the Persian report formula. Wires, and names spelled in letters
 * ("آئی این پی", every word of three letters or fewer, as the wires' initials are), are not the site.
 */
export function caselessLead(lines: readonly PageLine[], add: (c: OutletCandidate | null) => void): void {
  const n = Math.min(lines.length, DATELINE_LINES);
  let prose = 0;
  for (let i = 0; i < n && prose < LEAD_PARAGRAPHS; i++) {
    const l = lines[i]!;
    if (l.reason !== null || l.words <= PROSE_WORDS) continue;
    const text = l.text.trim();
    // The bracket opens the first paragraph; the formula may open the second, or run on from a headline glued to it.
    const b = prose === 0 ? LEAD_BRACKET.exec(text) : null;
    const r = b ? null : REPORTS.exec(text.slice(0, 240));
    const named = prose === 0 && !b && !r ? leadName(text) : null;
    prose++;
    if (named) {
      add({
        value: named,
        score: 2.5,
        kind: 'dateline',
        evidence: `lead's name line ${l.line} '${quote(text.slice(0, 80))}'`,
        line: l.line,
      });
      return;
    }
    const name = b ? bracketNewsroom(b[1]!.trim()) : r?.[1]?.trim();
    if (!name) {
      if (b) return;
      continue;
    }
    if (!NOT_A_SITE.test(name) && !spelledInitials(name) && !isWire(name) && !isWire(name.replace(AGENCY_WORD, '')))
      add({
        value: name,
        score: 2.5,
        kind: 'dateline',
        evidence: `${b ? 'dateline' : 'report formula'} line ${l.line} '${quote(text.slice(0, 80))}'`,
        line: l.line,
      });
    return;
  }
}
/**
 * "NAME – story…", "NAME: story…", "NAME ডিজিটাল ডেস্কঃ story…": the story's first paragraph opening
 * with the publication's name set off by a dash or a colon (the Bengali visarga too), perhaps with
 * its desk (task 18out31: three sites, two sets, Arabic, Persian and Bengali). The same slot holds
 * a town ("CITY – …"), a reporter ("নিজস্ব প্রতিবেদক :", own correspondent) or a headline's
 * speaker ("Police: …") far more often, so the name must hold a trade noun of its script and a word
 * of its own, and never be a wire.
 */
const LEAD_NAME = new RegExp(`^(${WORD}(?:\\s${WORD}){0,4}?)\\s*(?:[-–—]{1,2}|:)\\s*\\p{L}`, 'u');
const TRADE_WORDS = new Set(CASELESS_TRADE_NOUNS);
const DESK_TAIL = new RegExp(`\\s(?:${[...CASELESS_DESK_WORDS].sort((a, b) => b.length - a.length).join('|')})$`, 'u');
/** "وكالة الأنباء X": a news agency, the wire's own shape. */
const NEWS_AGENCY = /^وكالة\s+(?:ال)?أ?ن?باء/u;

function leadName(text: string): string | null {
  // The visarga closes a Bengali label as a colon does; it is a mark of the word it ends, so it is read apart.
  const m = LEAD_NAME.exec(text.slice(0, 120).replace(/ঃ\s*/u, ': '));
  if (!m) return null;
  const name = m[1]!.replace(DESK_TAIL, '').trim();
  const words = name.split(/\s+/u);
  if (words.length < 2 || !words.some((w) => TRADE_WORDS.has(w)) || words.every((w) => TRADE_WORDS.has(w))) return null;
  if (NEWS_AGENCY.test(name) || spelledInitials(name) || isWire(name) || isWire(name.replace(AGENCY_WORD, ''))) return null;
  return name;
}

/**
 * "CITY (NAME رپورٹ)", "CITY (NAME ڈیسک)": the bracket signs with the publication's report or desk, as
 * the Latin "Example Staff" does, and the name before that word is the publication (task 18out32: the
 * whole bracket had been read as the site's name). A desk or report word with one word or none before
 * it is a kind of desk or report ("ویب ڈیسک", web desk; "خصوصی رپورٹ", special report), not a name:
 * the bracket names no site then.
 */
function bracketNewsroom(name: string): string | null {
  if (DESK_WORDS.has(name)) return null;
  const bare = name.replace(DESK_TAIL, '').trim();
  if (bare === name) return name;
  return bare.split(/\s+/u).length >= 2 ? bare : null;
}
const DESK_WORDS = new Set(CASELESS_DESK_WORDS);

/** The story's first paragraphs, where its opening credit stands. */
const LEAD_PARAGRAPHS = 2;

function spelledInitials(name: string): boolean {
  return name.split(/\s+/u).every((w) => [...w.replace(/\p{M}/gu, '')].length <= 3);
}
