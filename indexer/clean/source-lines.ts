/**
 * Source and credit lines a story is closed or opened with, in shapes the phrase rules do not
 * read: a wire's slash code ("/ritzau/", "/ATS"), a source label whose name was a link and is lost
 * ("Kaynak:", "Źródło:"), the outlet a syndicated story came from ("From The Daily Example", "Via
 * example.com"), a pointer to the rest of the story elsewhere ("Read more at The Example Times",
 * "Läs mer på example.se"), and a wire service alone on its line ("TT", "NTB", "— Bernama").
 *
 * Each is a whole line of a few words, in the trade's words in many languages; none names an
 * outlet: a wire is one of the phrase rules' wire names or an agency of the outlet list.
 *
 * It runs last, on the lines every other rule kept: run with the phrase rules, a lone wire
 * labelled there took a label from the count of short lines below a story (story-end.ts), and a
 * held-out page kept a menu line it had dropped (shared held-out junk kept 37 → 38).
 */
import { listedOutletOf } from '../infer/outlet-listed-index.ts';
import { WIRE_NAMES } from './phrases.ts';

/** An agency's slash code on a line of its own: "/ritzau/", "/ATS", "/ritzau/FINANS": one to three names between slashes. */
const SLASH_CODE = /^\/\s?\p{L}[\p{L}\p{N}.&-]*(?:\s?\/\s?\p{L}[\p{L}\p{N}.&-]*){0,2}\/?$/u;

/** A source label with its name gone (it was a link): "Kaynak:", "Źródło :", "Nguồn:", "출처:". */
const SOURCE_LABEL_ALONE =
  /^(?:sources?|quelle|quellen|bron|bronnen|fuente|fuentes|fonte|fontes|kilde|kilder|källa|källor|kaynak|zdroj|zdroje|izvor|sursa|surse|sumber|πηγή|nguồn|forrás|источник|джерело|източник|извор|lähde|allikas|avots|šaltinis|vir|font|źródło|źródła|출처|来源|來源|出典|المصدر|מקור|स्रोत|แหล่งที่มา)\s*[:：]$/iu;

/**
 * The outlet a syndicated story came from, alone on its line: "From The Example Gazette", "Via
 * Example News". The name is capitalised (a paragraph goes on in lower case) and short; no
 * sentence ends the line. Written without the `i` flag: under it `\p{Lu}` matches any letter.
 */
const FROM_OUTLET =
  /^(?:[Ff]rom|FROM|[Vv]ia|VIA)\s+(?:[Tt]he\s+)?[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*|of|de|del|di|du|des|la|le|el|der|die|das|und|and|&)){0,5}$/u;
const FROM_OUTLET_WORDS = 7;

/**
 * The rest of the story, or more of it, elsewhere: "Read more at The Example Times", "Start the
 * conversation, or read more at Example.", "Läs mer på example.se", "Lire la suite sur …". The
 * cue opens the line or a clause of it, and a name or an address follows to the line's end.
 */
const READ_ELSEWHERE = new RegExp(
  '(?:^|[,;.]\\s+(?:or\\s+|and\\s+)?)(?:' +
    [
      'read (?:more|the (?:full )?(?:story|article)|it) (?:at|on)',
      'läs (?:mer|hela (?:artikeln|texten)) (?:på|hos)',
      'les (?:mer|hele saken) (?:på|hos)',
      'læs (?:mere|hele artiklen) (?:på|hos)',
      'lees (?:meer|verder|het hele artikel) op',
      '(?:lesen sie )?(?:mehr|weiter|den ganzen artikel) (?:dazu )?(?:auf|bei)',
      'weiterlesen (?:auf|bei)',
      'lire (?:la suite|plus|l.article) sur',
      'le(?:er|a) (?:más|la noticia completa) en',
      'leia (?:mais|a notícia completa) (?:em|no|na)',
      'continua a leggere su',
      'leggi (?:di più|tutto|l.articolo) su',
      'czytaj (?:więcej|dalej|całość) (?:na|w)',
      'čtěte (?:více|dále) na',
      'čítajte (?:viac|ďalej) na',
      'citește (?:mai mult|continuarea) pe',
      'lue (?:lisää|koko juttu) (?:osoitteessa|sivulla)',
      'olvass tovább (?:a|az)',
      'devamı(?: için)?',
      'читайте (?:далее|больше|подробнее) на',
      'читайте (?:далі|більше) на',
      'đọc thêm (?:tại|trên)',
      'baca selengkapnya di',
    ].join('|') +
    ')\\s*:?\\s+(\\S.{0,60})$',
  'iu',
);
/** What follows the cue is a name or an address: "read more at the library" is a sentence. Case-sensitive, unlike the cue. */
const NAME_OR_ADDRESS = /^(?:[Tt]he\s+)?[\p{Lu}\p{N}]|^\S+\.\p{L}{2,}/u;
const READ_ELSEWHERE_WORDS = 14;

/** A wire service alone on its line, maybe in brackets or after a dash: "TT", "(NTB)", "— BERNAMA". */
const LONE_WIRE_WORDS = 4;
const WIRES = new Set(WIRE_NAMES.map((n) => n.toLowerCase()));
const WIRE_DECORATION = /^[-–—•·*(\s]+|[)\s]+$/gu;

/** Whether the whole line is one of the source or credit shapes above. */
export function isSourceLine(text: string, words: number): boolean {
  if (text.startsWith('/')) return SLASH_CODE.test(text);
  if (text.endsWith(':') || text.endsWith('：')) return SOURCE_LABEL_ALONE.test(text);
  if (words <= FROM_OUTLET_WORDS && FROM_OUTLET.test(text) && !ENDS_SENTENCE.test(text)) return true;
  if (words <= READ_ELSEWHERE_WORDS && readsElsewhere(text)) return true;
  return words <= LONE_WIRE_WORDS && isLoneWire(text);
}

const ENDS_SENTENCE = /[.!?]$/;

function readsElsewhere(text: string): boolean {
  const m = READ_ELSEWHERE.exec(text);
  return m !== null && NAME_OR_ADDRESS.test(m[1]!);
}

function isLoneWire(text: string): boolean {
  const name = text.replace(WIRE_DECORATION, '');
  return (
    name !== '' &&
    !/[.!?:]$/.test(name) &&
    (WIRES.has(name.toLowerCase().replace(/^the\s+/, '')) || listedOutletOf(name)?.kind === 'agency')
  );
}
