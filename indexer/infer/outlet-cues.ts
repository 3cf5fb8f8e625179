/**
 * Whether a sentence naming a listed outlet has the outlet speaking of itself or citing someone
 * else (outlet-listed.ts). Most pages name their own outlet once, inside the story: "told
 * Example News", "Example News understands"; a rival is cited: "according to Example News",
 * "Example News reported". A many-language lexicon of the trade's phrasing, not strings of any
 * page: newsroom verbs of being told, contacting and learning, and of citing a report.
 */

/** The article a language puts before an outlet's name, after a cue ("told the", "a dit au"). */
const ARTICLE = "(?:the|le|la|les|l'|l’|el|il|lo|der|die|das|dem|den|de|het|o|a|os|as|ao|à|al|del|au|aux)";

/** Ending just before the name: the outlet is told, contacted, interviewed. */
const SELF_BEFORE = new RegExp(
  `(?:${[
    // English
    'told',
    'telling',
    'speaking to',
    'spoke to',
    'speaks to',
    'said to',
    'says to',
    'in an interview with',
    'in a statement to',
    'in a statement sent to',
    'in comments to',
    'confirmed to',
    'explained to',
    'contacted by',
    'approached by',
    'asked by',
    'reached by',
    'when contacted by',
    'in an email to',
    'exclusively to',
    // German
    'sagte',
    'sagt',
    'gegenüber',
    'im gespräch mit',
    'im interview mit',
    'auf anfrage (?:von|des|der)',
    // French
    'a déclaré',
    'a indiqué',
    'a confié',
    'a expliqué',
    'a dit',
    'déclare',
    'confie',
    'interrogée? par',
    'contactée? par',
    'jointe? par',
    'dans un entretien (?:à|avec)',
    // Spanish, Portuguese, Italian
    'dijo',
    'declaró',
    'explicó',
    'confirmó',
    'en declaraciones',
    'en entrevista con',
    'consultad[oa] por',
    'disse',
    'afirmou',
    'explicou',
    'em entrevista',
    'procurad[oa] pel[oa]',
    'ha detto',
    'ha dichiarato',
    'ha spiegato',
    'intervistat[oa] da',
    'contattat[oa] da',
    // Dutch, Scandinavian, Polish
    'zei tegen',
    'zegt tegen',
    'vertelde',
    'laat weten aan',
    'in gesprek met',
    'säger till',
    'sa till',
    'berättar för',
    'uppger för',
    'sier til',
    'sa til',
    'forteller til',
    'siger til',
    'sagde til',
    'fortæller til',
    'powiedział[a]?',
    'w rozmowie z',
  ].join('|')})\\s+(?:(?:a|à|au|al|ao|à|to|til|till|för|tegen|aan)\\s+)?(?:${ARTICLE}\\s+)?$`,
  'iu',
);

/** Starting just after the name: the outlet learns, contacts, has seen. */
const SELF_AFTER = new RegExp(
  `^(?:['’]s)?\\s*(?:${[
    'understands',
    'has learned',
    'has learnt',
    'has contacted',
    'contacted',
    'has approached',
    'approached',
    'has asked',
    'has reached out',
    'reached out',
    'can reveal',
    'can now reveal',
    'has seen',
    'has obtained',
    'has been told',
    'was told',
    'has confirmed',
    'erfuhr',
    'liegt (?:vor|exklusiv vor)',
    'a appris',
    'a pu consulter',
    'a contacté',
    'supo',
    'pudo saber',
    'apurou',
    'ha appreso',
    'verneemt',
    'heeft vernomen',
    'erfar',
    'har fått veta',
  ].join('|')})\\b`,
  'iu',
);

/** Ending just before the name: someone else's report is cited. */
const CITE_BEFORE = new RegExp(
  `(?:${[
    'according to',
    'reported by',
    'first reported by',
    'as reported by',
    'cited by',
    'quoted by',
    'quoting',
    'citing',
    'via',
    'reports in',
    'report in',
    'reporting by',
    'published by',
    'published in',
    'wrote in',
    'writing in',
    'selon',
    "d'après",
    'd’après',
    'cité par',
    'rapporté par',
    'laut',
    'según',
    'segundo',
    'de acordo com',
    'conforme',
    'citado por',
    'secondo',
    'come riporta',
    'volgens',
    'enligt',
    'ifølge',
    'według',
  ].join('|')})\\s+(?:${ARTICLE}\\s+)?$`,
  'iu',
);

/** Starting just after the name: it reported, wrote, revealed. */
const CITE_AFTER = new RegExp(
  `^(?:['’]s\\s+\\p{L}+\\s+)?\\s*,?\\s*(?:${[
    'reported',
    'reports',
    'has reported',
    'had reported',
    'first reported',
    'wrote',
    'writes',
    'revealed',
    'said in a report',
    'zufolge',
    'berichtet(?:e)?',
    'meldet(?:e)?',
    'schreibt',
    'schrieb',
    'rapporte',
    'a rapporté',
    'révèle',
    'a révélé',
    'informó',
    'informa',
    'publicó',
    'reveló',
    'informou',
    'noticiou',
    'revelou',
    'publicou',
    'riporta',
    'ha riportato',
    'scrive',
    'meldt',
    'meldde',
    'schrijft',
    'schreef',
    'rapporterar',
    'rapporterer',
    'skriver',
    'skrev',
    'melder',
    'podał(?:a|o)?',
    'pisze',
  ].join('|')})\\b`,
  'iu',
);

/** How far either side of a name a cue may sit. */
const REACH = 48;

export type Cue = 'self' | 'cites' | null;

/** What the words around the name at [start, end) of `text` say of it. */
export function cueAround(text: string, start: number, end: number): Cue {
  const before = text.slice(Math.max(0, start - REACH), start);
  const after = text.slice(end, end + REACH);
  if (CITE_BEFORE.test(before) || CITE_AFTER.test(after)) return 'cites';
  if (SELF_BEFORE.test(before) || SELF_AFTER.test(after)) return 'self';
  return null;
}
