/**
 * The words that say what a date on a page is: a publication cue ("Published", "Publié le",
 * "Veröffentlicht am", "Yayınlanma"), an update cue ("Updated", "Atualizado em"), a bare "Date",
 * a byline ("By", "Von", "Por"), a birth ("born", "geboren"). Per language, as data: a language is
 * added by adding its words.
 */
import { alternation } from '../escape-regexp.ts';
import { asciiDigits } from './digits.ts';

export type CueKind = 'published' | 'updated' | 'date';

/** Cue phrases by kind and language (ISO 639-1). Lower case; spaces match any run of spaces. */
const CUES: Record<CueKind, Record<string, readonly string[]>> = {
  published: {
    en: [
      'published',
      'first published',
      'first posted',
      'posted',
      'posted on',
      'publication date',
      'date published',
      'created',
      'released',
      'issued',
      // A press release's head ("For Immediate Release" over its date), here and in the languages below.
      'for immediate release',
    ],
    de: ['veröffentlicht', 'veröffentlichung', 'erschienen', 'publiziert', 'erstellt', 'zur sofortigen veröffentlichung'],
    nl: ['gepubliceerd', 'geplaatst', 'verschenen', 'publicatiedatum', 'voor onmiddellijke publicatie'],
    da: ['publiceret', 'offentliggjort', 'udgivet'],
    no: ['publisert'],
    sv: ['publicerad', 'publicerat', 'publicerades'],
    fr: [
      'publié',
      'publiée',
      'mis en ligne',
      'mise en ligne',
      'date de publication',
      'paru',
      'pour diffusion immédiate',
      'pour publication immédiate',
    ],
    es: ['publicado', 'publicada', 'fecha de publicación', 'para publicación inmediata', 'para su publicación inmediata'],
    it: ['pubblicato', 'pubblicata', 'data di pubblicazione', 'per la pubblicazione immediata', 'per pubblicazione immediata'],
    pt: ['publicado', 'publicada', 'publicação', 'para divulgação imediata', 'para publicação imediata'],
    ro: ['publicat', 'publicată', 'data publicării'],
    pl: ['opublikowano', 'opublikowany', 'opublikowana', 'data publikacji', 'dodano'],
    cs: ['publikováno', 'zveřejněno', 'vydáno'],
    sk: ['publikované', 'zverejnené'],
    hr: ['objavljeno'],
    tr: ['yayınlanma', 'yayınlanma tarihi', 'yayın tarihi', 'yayımlanma'],
    el: ['δημοσιεύθηκε', 'δημοσίευση'],
    id: ['diterbitkan', 'dipublikasikan', 'terbit'],
    // Malay "disiarkan pada" ("Artikel ini disiarkan pada : Jumaat, 20 Mac 2015"): broadcast, the word for published.
    ms: ['diterbitkan', 'disiarkan'],
    fi: ['julkaistu', 'julkaisu'],
    et: ['avaldatud', 'avaldati'],
    hu: ['publikálva', 'közzétéve', 'megjelent', 'megjelenés', 'létrehozva'],
    ca: ['publicat', 'publicada', 'data de publicació'],
    sl: ['objavljeno', 'objava'],
    sr: ['objavljeno', 'objavljen', 'objavljena'],
    lt: ['paskelbta', 'publikuota'],
    lv: ['publicēts', 'publicēta'],
    is: ['birt', 'birtist'],
    ru: ['опубликовано', 'опубликован', 'дата публикации'],
    uk: ['опубліковано', 'дата публікації'],
    bg: ['публикувано', 'публикуван'],
    vi: ['đăng', 'đăng lúc', 'ngày đăng', 'xuất bản'],
    // Scripts without case; Chinese and Japanese write no space between the cue and the words before it.
    zh: ['发布时间', '发布日期', '发表时间', '发表日期', '發佈時間', '發布時間', '發表時間', '發佈日期', '發布日期', '刊登日期'],
    ja: ['公開日', '公開日時', '投稿日', '投稿日時', '掲載日', '掲載日時', '配信日', '配信日時'],
    ko: ['입력', '기사입력', '등록', '등록일', '게재', '발행'],
    bn: ['প্রকাশিত', 'প্রকাশ', 'প্রকাশের সময়', 'প্রকাশিত সময়', 'প্রকাশ সময়'],
  },
  updated: {
    en: ['updated', 'last updated', 'modified', 'last modified', 'revised'],
    de: ['aktualisiert', 'zuletzt aktualisiert', 'geändert', 'stand'],
    nl: ['bijgewerkt', 'laatst bijgewerkt', 'aangepast', 'gewijzigd'],
    da: ['opdateret', 'senest opdateret'],
    no: ['oppdatert', 'sist oppdatert'],
    sv: ['uppdaterad', 'uppdaterat', 'senast uppdaterad'],
    fr: ['mis à jour', 'mise à jour', 'modifié', 'actualisé'],
    es: ['actualizado', 'actualizada', 'modificado'],
    it: ['aggiornato', 'aggiornata', 'modificato'],
    pt: ['atualizado', 'atualizada', 'actualizado', 'actualizada'],
    ro: ['actualizat', 'actualizată', 'modificat'],
    pl: ['aktualizacja', 'zaktualizowano', 'aktualizowano'],
    cs: ['aktualizováno', 'upraveno'],
    sk: ['aktualizované'],
    hr: ['ažurirano'],
    tr: ['güncelleme', 'güncellenme', 'güncellendi', 'son güncelleme'],
    el: ['ενημερώθηκε', 'ενημέρωση'],
    id: ['diperbarui'],
    fi: ['päivitetty', 'päivitys', 'muokattu'],
    et: ['uuendatud'],
    hu: ['frissítve', 'frissítés', 'módosítva', 'utolsó frissítés'],
    ca: ['actualitzat', 'actualitzada', 'modificat'],
    sl: ['posodobljeno'],
    sr: ['ažurirano', 'izmenjeno'],
    lt: ['atnaujinta'],
    lv: ['atjaunots', 'atjaunināts'],
    is: ['uppfært'],
    ru: ['обновлено', 'изменено'],
    uk: ['оновлено', 'змінено'],
    bg: ['обновено', 'актуализирано'],
    vi: ['cập nhật'],
    zh: ['更新时间', '更新時間', '更新日期', '修改时间', '修改時間'],
    ja: ['更新日', '更新日時', '最終更新日', '最終更新'],
    ko: ['수정', '최종수정', '업데이트'],
    bn: ['আপডেট', 'আপডেট সময়', 'সর্বশেষ আপডেট', 'হালনাগাদ'],
  },
  date: {
    en: ['date', 'dated'],
    de: ['datum'],
    nl: ['datum'],
    da: ['dato'],
    no: ['dato'],
    sv: ['datum'],
    fr: ['date'],
    es: ['fecha'],
    it: ['data'],
    pt: ['data'],
    ro: ['data'],
    pl: ['data'],
    cs: ['datum'],
    sk: ['dátum'],
    hr: ['datum'],
    tr: ['tarih', 'tarihi'],
    el: ['ημερομηνία'],
    id: ['tanggal'],
    fi: ['päivämäärä', 'pvm'],
    et: ['kuupäev'],
    hu: ['dátum'],
    ca: ['data'],
    sl: ['datum'],
    sr: ['datum'],
    lt: ['data'],
    lv: ['datums'],
    ru: ['дата'],
    uk: ['дата'],
    bg: ['дата'],
    vi: ['ngày'],
    zh: ['日期'],
    ja: ['日付'],
    ko: ['날짜'],
    bn: ['তারিখ'],
  },
};

/**
 * A label naming the item, then its "of", as a site's software prints it before the date ("Artikel vom 19.12.2014",
 * "Édition du mardi 2 décembre 2025"): a bare-date cue, but only where it opens its line ("Zum Artikel vom 3. Mai
 * 2019" links to another story). Per language, lower case.
 */
const ITEM_LABELS: Record<string, readonly string[]> = {
  de: ['artikel vom', 'pressemitteilung vom'],
  fr: ['édition du', 'communiqué du'],
};

export interface Cue {
  kind: CueKind;
  /** Languages the cue word belongs to (a hint for reading "06/08/2019" day first). */
  languages: string[];
  text: string;
}

const CUE_BY_WORDS = new Map<string, { kind: CueKind; languages: string[] }>();
for (const [kind, byLanguage] of Object.entries(CUES) as Array<[CueKind, Record<string, readonly string[]>]>) {
  for (const [language, phrases] of Object.entries(byLanguage)) {
    for (const phrase of phrases) {
      const entry = CUE_BY_WORDS.get(phrase) ?? { kind, languages: [] };
      entry.languages.push(language);
      CUE_BY_WORDS.set(phrase, entry);
    }
  }
}
const ITEM_LABEL_WORDS = new Set<string>();
for (const [language, phrases] of Object.entries(ITEM_LABELS)) {
  for (const phrase of phrases) {
    const entry = CUE_BY_WORDS.get(phrase) ?? { kind: 'date' as const, languages: [] };
    entry.languages.push(language);
    CUE_BY_WORDS.set(phrase, entry);
    ITEM_LABEL_WORDS.add(phrase);
  }
}
const CUE_ALTERNATION = alternation(CUE_BY_WORDS.keys(), { flexibleSpaces: true });

/**
 * A cue, then at most three short words ("on", "le", "am Montag,") and a clock time ("Publicat la
 * 09:15 13 Noi 2020", "Published 3:04 PM, Nov 21, 2012"), then the date. The clock may come first,
 * with its seconds ("আপডেট সময় : ০১:৫০:১৪ অপরাহ্ন, মঙ্গলবার, ২১ এপ্রিল ২০২০"); a word may carry
 * the vowel signs of the scripts that write them as marks.
 */
const CUE_CLOCK = '\\d{1,2}[:.h]\\d{2}(?::\\d{2})?';
const CUE_BEFORE_DATE = new RegExp(
  `(?<![\\p{L}])(${CUE_ALTERNATION})(?![\\p{L}\\p{M}])[\\s:.,|(\\-–—]*(?:${CUE_CLOCK}[\\s,|–—-]+)?(?:[\\p{L}\\p{M}.]{1,12}[\\s,.:]+){0,3}(?:${CUE_CLOCK}[\\s,|–—-]*(?:[\\p{L}.]{1,4}[\\s,.|–—-]+)?)?$`,
  'iu',
);
/** A line that is nothing but a cue ("Published", "Veröffentlicht am:"): the date is on the next line. */
const CUE_ONLY = new RegExp(`^[\\s(•·|-]*(${CUE_ALTERNATION})(?:\\s+(?:on|am|le|el|il|em|om|på|den|the))?\\s*:?$`, 'iu');

function cueOf(words: string): Cue {
  const key = words.toLowerCase().replace(/\s+/g, ' ');
  const entry = CUE_BY_WORDS.get(key) ?? { kind: 'date' as const, languages: [] };
  return { kind: entry.kind, languages: entry.languages, text: words };
}

/** The cue that introduces the date starting at `dateIndex` of `text`, if any. */
export function cueBefore(text: string, dateIndex: number): Cue | null {
  const from = Math.max(0, dateIndex - 60);
  const before = asciiDigits(text.slice(from, dateIndex));
  const m = CUE_BEFORE_DATE.exec(before);
  if (!m) return null;
  const cue = cueOf(m[1]!);
  if (ITEM_LABEL_WORDS.has(cue.text.toLowerCase().replace(/\s+/g, ' ')) && /[\p{L}\p{N}]/u.test(text.slice(0, from + m.index))) return null;
  return cue;
}

/** The cue a line consists of, if it is nothing else. */
export function cueLine(text: string): Cue | null {
  if (text.length > 40) return null;
  const m = CUE_ONLY.exec(text);
  return m ? cueOf(m[1]!) : null;
}

/** Any cue word in the text, for the page's languages. */
const ANY_CUE = new RegExp(`(?<![\\p{L}])(${CUE_ALTERNATION})(?![\\p{L}])`, 'iu');
export function anyCue(text: string): Cue | null {
  const m = ANY_CUE.exec(text);
  return m ? cueOf(m[1]!) : null;
}

/**
 * "born 3 March 1950", "Born in Leeds, Yorkshire, on 3 March 1950", "geboren am", "né le",
 * "(* 12. März 1950)": a birth date, not the page's.
 */
export const BIRTH_BEFORE =
  /(?:(?<![\p{L}])(?:born|b\.|geboren|geb\.|née?|nat[oa]|nacid[oa]|nascid[oa]|født|född|urodzon[ya]|narozen[aá]?|rođen[a]?|doğum|doğdu|γεννήθηκε|lahir|sinh)(?![\p{L}])|\*)(?:[^\p{L}\p{N}]*(?:in|à|a|en|i|w|v|u|on|le|am|el|em|il|op|på)?\s+[\p{Lu}][\p{L}\p{M}'’.-]*(?:,?\s+[\p{Lu}][\p{L}\p{M}'’.-]*){0,3},?)?[^\p{L}\p{N}]*(?:\p{L}{1,4}\.?\s+)?$/iu;

/** A byline in a short line: "By Jane Doe", "… by The Harbour Gazette", "Von Anna Schmidt", "Por Rádio Litoral". */
const BYLINE_WORDS = new Set(['by', 'von', 'par', 'por', 'door', 'af', 'av', 'di', 'autor', 'autorka', 'yazar', 'oleh', 'bởi']);
/** A line that is a byline's word alone ("By", "Von:"), its name lost or on the next line. */
export function isBylineWordLine(text: string): boolean {
  return text.length <= 8 && BYLINE_WORDS.has(text.replace(/\s*:$/, '').toLowerCase());
}
const WORD_BEFORE_NAME = /(?<![\p{L}])(\p{L}+)\s*:?\s+\p{Lu}/gu;
export function hasByline(text: string): boolean {
  WORD_BEFORE_NAME.lastIndex = 0;
  for (let m = WORD_BEFORE_NAME.exec(text); m; m = WORD_BEFORE_NAME.exec(text)) {
    if (BYLINE_WORDS.has(m[1]!.toLowerCase())) return true;
    WORD_BEFORE_NAME.lastIndex = m.index + m[1]!.length;
  }
  return false;
}
