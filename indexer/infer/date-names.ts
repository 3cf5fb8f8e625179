/**
 * Month and weekday names, and the small words around dates, in the languages the indexer meets
 * (en de nl da no sv is fr es it pt ro pl cs sk hr hu fi tr el id vi). Data, not rules: a language is added
 * by adding its names here. Names are lower case; forms without accents are added automatically,
 * because scraped pages often lose them.
 */

/** Month number by name, per language. A name two languages read differently is listed in both. */
const MONTHS_BY_LANGUAGE: Record<string, Record<number, readonly string[]>> = {
  en: {
    1: ['january', 'jan'], 2: ['february', 'feb'], 3: ['march', 'mar'], 4: ['april', 'apr'], 5: ['may'],
    6: ['june', 'jun'], 7: ['july', 'jul'], 8: ['august', 'aug'], 9: ['september', 'sept', 'sep'],
    10: ['october', 'oct'], 11: ['november', 'nov'], 12: ['december', 'dec'],
  },
  de: {
    1: ['januar', 'jänner', 'jan'], 2: ['februar', 'feber', 'feb'], 3: ['märz', 'maerz', 'mär', 'mrz'], 4: ['april', 'apr'],
    5: ['mai'], 6: ['juni', 'jun'], 7: ['juli', 'jul'], 8: ['august', 'aug'], 9: ['september', 'sept', 'sep'],
    10: ['oktober', 'okt'], 11: ['november', 'nov'], 12: ['dezember', 'dez'],
  },
  nl: {
    1: ['januari', 'jan'], 2: ['februari', 'feb'], 3: ['maart', 'mrt'], 4: ['april', 'apr'], 5: ['mei'], 6: ['juni', 'jun'],
    7: ['juli', 'jul'], 8: ['augustus', 'aug'], 9: ['september', 'sept', 'sep'], 10: ['oktober', 'okt'], 11: ['november', 'nov'],
    12: ['december', 'dec'],
  },
  da: {
    1: ['januar'], 2: ['februar'], 3: ['marts'], 4: ['april'], 5: ['maj'], 6: ['juni'], 7: ['juli'], 8: ['august'],
    9: ['september'], 10: ['oktober', 'okt'], 11: ['november'], 12: ['december'],
  },
  no: {
    1: ['januar'], 2: ['februar'], 3: ['mars'], 4: ['april'], 5: ['mai'], 6: ['juni'], 7: ['juli'], 8: ['august'],
    9: ['september'], 10: ['oktober', 'okt'], 11: ['november'], 12: ['desember', 'des'],
  },
  sv: {
    1: ['januari'], 2: ['februari'], 3: ['mars'], 4: ['april'], 5: ['maj'], 6: ['juni'], 7: ['juli'], 8: ['augusti'],
    9: ['september'], 10: ['oktober', 'okt'], 11: ['november'], 12: ['december'],
  },
  // Icelandic writes the day with a stop ("28. apríl 2021").
  is: {
    1: ['janúar'], 2: ['febrúar'], 3: ['mars'], 4: ['apríl'], 5: ['maí'], 6: ['júní'], 7: ['júlí'], 8: ['ágúst'],
    9: ['september'], 10: ['október'], 11: ['nóvember'], 12: ['desember'],
  },
  fr: {
    1: ['janvier', 'janv'], 2: ['février', 'févr', 'fév'], 3: ['mars'], 4: ['avril', 'avr'], 5: ['mai'], 6: ['juin'],
    7: ['juillet', 'juil'], 8: ['août'], 9: ['septembre', 'sept'], 10: ['octobre', 'oct'], 11: ['novembre', 'nov'],
    12: ['décembre', 'déc'],
  },
  es: {
    1: ['enero', 'ene'], 2: ['febrero', 'feb'], 3: ['marzo', 'mar'], 4: ['abril', 'abr'], 5: ['mayo', 'may'], 6: ['junio', 'jun'],
    7: ['julio', 'jul'], 8: ['agosto', 'ago'], 9: ['septiembre', 'setiembre', 'sept', 'sep', 'set'], 10: ['octubre', 'oct'],
    11: ['noviembre', 'nov'], 12: ['diciembre', 'dic'],
  },
  it: {
    1: ['gennaio', 'gen'], 2: ['febbraio', 'feb'], 3: ['marzo', 'mar'], 4: ['aprile', 'apr'], 5: ['maggio', 'mag'],
    6: ['giugno', 'giu'], 7: ['luglio', 'lug'], 8: ['agosto', 'ago'], 9: ['settembre', 'set'], 10: ['ottobre', 'ott'],
    11: ['novembre', 'nov'], 12: ['dicembre', 'dic'],
  },
  pt: {
    1: ['janeiro', 'jan'], 2: ['fevereiro', 'fev'], 3: ['março', 'mar'], 4: ['abril', 'abr'], 5: ['maio', 'mai'],
    6: ['junho', 'jun'], 7: ['julho', 'jul'], 8: ['agosto', 'ago'], 9: ['setembro', 'set'], 10: ['outubro', 'out'],
    11: ['novembro', 'nov'], 12: ['dezembro', 'dez'],
  },
  ro: {
    1: ['ianuarie', 'ian'], 2: ['februarie', 'feb'], 3: ['martie', 'mar'], 4: ['aprilie', 'apr'], 5: ['mai'], 6: ['iunie', 'iun'],
    7: ['iulie', 'iul'], 8: ['august', 'aug'], 9: ['septembrie', 'sept'], 10: ['octombrie', 'oct'], 11: ['noiembrie', 'noi'],
    12: ['decembrie', 'dec'],
  },
  // Polish, Czech, Slovak and Croatian write the day with the genitive ("21 listopada 2012").
  pl: {
    1: ['styczeń', 'stycznia'], 2: ['luty', 'lutego'], 3: ['marzec', 'marca'], 4: ['kwiecień', 'kwietnia'], 5: ['maj', 'maja'],
    6: ['czerwiec', 'czerwca'], 7: ['lipiec', 'lipca'], 8: ['sierpień', 'sierpnia'], 9: ['wrzesień', 'września'],
    10: ['październik', 'października'], 11: ['listopad', 'listopada'], 12: ['grudzień', 'grudnia'],
  },
  cs: {
    1: ['leden', 'ledna'], 2: ['únor', 'února'], 3: ['březen', 'března'], 4: ['duben', 'dubna'], 5: ['květen', 'května'],
    6: ['červen', 'června'], 7: ['červenec', 'července'], 8: ['srpen', 'srpna'], 9: ['září'], 10: ['říjen', 'října'],
    11: ['listopad', 'listopadu'], 12: ['prosinec', 'prosince'],
  },
  sk: {
    1: ['január', 'januára'], 2: ['február', 'februára'], 3: ['marec', 'marca'], 4: ['apríl', 'apríla'], 5: ['máj', 'mája'],
    6: ['jún', 'júna'], 7: ['júl', 'júla'], 8: ['august', 'augusta'], 9: ['september', 'septembra'], 10: ['október', 'októbra'],
    11: ['november', 'novembra'], 12: ['december', 'decembra'],
  },
  hr: {
    1: ['siječanj', 'siječnja'], 2: ['veljača', 'veljače'], 3: ['ožujak', 'ožujka'], 4: ['travanj', 'travnja'],
    5: ['svibanj', 'svibnja'], 6: ['lipanj', 'lipnja'], 7: ['srpanj', 'srpnja'], 8: ['kolovoz', 'kolovoza'],
    9: ['rujan', 'rujna'], 10: ['listopad', 'listopada'], 11: ['studeni', 'studenoga', 'studenog'], 12: ['prosinac', 'prosinca'],
  },
  hu: {
    1: ['január'], 2: ['február'], 3: ['március'], 4: ['április'], 5: ['május'], 6: ['június'], 7: ['július'],
    8: ['augusztus'], 9: ['szeptember'], 10: ['október'], 11: ['november'], 12: ['december'],
  },
  // Finnish writes the day with the partitive ("3. maaliskuuta 2020").
  fi: {
    1: ['tammikuuta'], 2: ['helmikuuta'], 3: ['maaliskuuta'], 4: ['huhtikuuta'], 5: ['toukokuuta'], 6: ['kesäkuuta'],
    7: ['heinäkuuta'], 8: ['elokuuta'], 9: ['syyskuuta'], 10: ['lokakuuta'], 11: ['marraskuuta'], 12: ['joulukuuta'],
  },
  // Turkish dotless ı folds to nothing in JavaScript's case-insensitive matching: the ASCII
  // spellings catch upper-case and de-accented forms ("KASIM", "Subat").
  tr: {
    1: ['ocak', 'oca'], 2: ['şubat', 'şub'], 3: ['mart', 'mar'], 4: ['nisan', 'nis'], 5: ['mayıs', 'mayis', 'may'],
    6: ['haziran', 'haz'], 7: ['temmuz', 'tem'], 8: ['ağustos', 'ağu'], 9: ['eylül', 'eyl'], 10: ['ekim', 'eki'],
    11: ['kasım', 'kasim', 'kas'], 12: ['aralık', 'aralik', 'ara'],
  },
  el: {
    1: ['ιανουάριος', 'ιανουαρίου', 'ιαν'], 2: ['φεβρουάριος', 'φεβρουαρίου', 'φεβ'], 3: ['μάρτιος', 'μαρτίου', 'μαρ'],
    4: ['απρίλιος', 'απριλίου', 'απρ'], 5: ['μάιος', 'μαΐου', 'μαΐ'], 6: ['ιούνιος', 'ιουνίου', 'ιουν'],
    7: ['ιούλιος', 'ιουλίου', 'ιουλ'], 8: ['αύγουστος', 'αυγούστου', 'αυγ'], 9: ['σεπτέμβριος', 'σεπτεμβρίου', 'σεπ'],
    10: ['οκτώβριος', 'οκτωβρίου', 'οκτ'], 11: ['νοέμβριος', 'νοεμβρίου', 'νοε'], 12: ['δεκέμβριος', 'δεκεμβρίου', 'δεκ'],
  },
  id: {
    1: ['januari', 'jan'], 2: ['februari', 'feb'], 3: ['maret', 'mar'], 4: ['april', 'apr'], 5: ['mei'], 6: ['juni', 'jun'],
    7: ['juli', 'jul'], 8: ['agustus', 'agu', 'agt'], 9: ['september', 'sep'], 10: ['oktober', 'okt'], 11: ['november', 'nov'],
    12: ['desember', 'des'],
  },
};

/** Weekday names and abbreviations: decoration around a date ("do 11 november 2010"). */
const WEEKDAYS: readonly string[] = [
  // en
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // de
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so',
  // nl
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'ma', 'wo', 'vr', 'za', 'zo',
  // da, no, sv
  'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'måndag', 'tisdag', 'lördag', 'söndag',
  'man', 'tir', 'ons', 'tor', 'fre', 'lør', 'søn', 'mån', 'tis', 'tors', 'lör', 'sön',
  // is
  'mánudagur', 'þriðjudagur', 'miðvikudagur', 'fimmtudagur', 'föstudagur', 'laugardagur', 'sunnudagur',
  'mán', 'þri', 'mið', 'fim', 'fös', 'lau', 'sun',
  // fr, es, it, pt
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'mié', 'jue', 'vie', 'sáb', 'dom',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'gio', 'sab',
  'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'segunda', 'terça', 'quarta', 'quinta', 'sexta',
  'seg', 'ter', 'qua', 'qui', 'sex',
  // ro
  'luni', 'marți', 'marţi', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'duminică',
  // pl, cs, sk, hr
  'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela',
  'pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'neděle', 'po', 'út', 'st', 'čt', 'pá', 'ne',
  'pondelok', 'utorok', 'streda', 'štvrtok', 'piatok', 'nedeľa',
  'ponedjeljak', 'utorak', 'srijeda', 'četvrtak', 'petak', 'subota', 'nedjelja',
  // tr, el, id, vi
  'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar',
  'δευτέρα', 'τρίτη', 'τετάρτη', 'πέμπτη', 'παρασκευή', 'σάββατο', 'κυριακή',
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu',
  'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật',
];

/**
 * Small words that sit in a date stamp and say nothing else: "at", "um … Uhr", "ora", "kl.",
 * "saat", "godz.", "r." (Polish "roku"), time zones, and the "x years ago" of relative stamps.
 */
const FILLERS: readonly string[] = [
  'at', 'on', 'the', 'of', 'um', 'uhr', 'am', 'den', 'om', 'à', 'a', 'le', 'de', 'del', 'el', 'il', 'alle', 'ore', 'ora', 'às', 'as',
  'kl', 'klo', 'klockan', 'saat', 'godz', 'r', 'ngày', 'tháng', 'năm', 'lúc', 'pukul', 'h', 'hrs', 'hs',
  'gmt', 'utc', 'bst', 'cet', 'cest', 'mez', 'mesz', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'pt', 'ct',
  'ist', 'wib', 'wita', 'wit', 'aest', 'aedt', 'eet', 'eest', 'sast', 'wat', 'eat', 'msk', 'trt',
];

function withoutMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

const MONTH_TABLE = new Map<string, number[]>();
for (const byMonth of Object.values(MONTHS_BY_LANGUAGE)) {
  for (const [month, names] of Object.entries(byMonth)) {
    for (const name of names) {
      for (const form of new Set([name, withoutMarks(name)])) {
        const months = MONTH_TABLE.get(form) ?? [];
        if (!months.includes(Number(month))) months.push(Number(month));
        MONTH_TABLE.set(form, months);
      }
    }
  }
}

/**
 * The months a name (any case, with or without a trailing dot) can mean; empty when none. Two for
 * "listopada": November in Polish, October in Croatian.
 */
export function monthsOf(name: string): number[] {
  const key = name.toLowerCase().replace(/\.$/, '');
  return MONTH_TABLE.get(key) ?? MONTH_TABLE.get(withoutMarks(key)) ?? [];
}

function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** A month name (capturing), optionally followed by an abbreviation dot; for the `iu` flags. */
export const MONTH_NAME = `(${alternation(MONTH_TABLE.keys())})\\.?`;

const WEEKDAY_FORMS = WEEKDAYS.flatMap((w) => [w, withoutMarks(w)]);
const FILLER_FORMS = FILLERS.flatMap((w) => [w, withoutMarks(w)]);

/** Weekday names and filler words as whole words (letters on neither side), global, for removal. */
export const DATE_DECORATION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation([...WEEKDAY_FORMS, ...FILLER_FORMS])})\\.?(?![\\p{L}\\p{N}])`, 'giu');
