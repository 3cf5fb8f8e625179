/**
 * Where a page names its publisher through the people and notices that work for it: a byline
 * that adds the paper after the writer ("By Jane Doe / Example Press"), a contributor's credit
 * ("Special to The Example News"), a writer's bio ("Redactor de EL EJEMPLO", "reporter for the
 * Example Times"), the site's own notice about itself ("le site de EXAMPLE est compatible avec
 * les navigateurs…"), an invitation to follow it ("Sigue en exampleLibre…"), and a masthead
 * written in capitals with its article in the page's own sentences ("… solo puedes acceder a EL
 * EJEMPLO…").
 *
 * Each reads one role in the languages met. A name in a story's prose is as often another outlet
 * quoted, so prose roles (bios, capitals) need agreement unless they sit in the site's own notice.
 */
import type { OutletCandidate, PageLine } from './outlet-candidates.ts';
import { ci, cleanName, NAME, personShaped } from './outlet-names.ts';
import { cuedPublicationName } from './outlet-mentions.ts';
import { quote } from './quote.ts';

type Add = (c: OutletCandidate | null) => void;

/**
 * Where bios and the site's notices sit when the cleaner kept them: an author box at the foot, a
 * browser or cookie notice above the story. Elsewhere only dropped lines are read for them: a
 * story's own paragraphs quote other outlets' reporters.
 */
const FOOT_LINES = 4;
const HEAD_LINES = 12;

/** The kind of a related-links label naming a brand: with a wire's dateline, it says the page is the wire's own. */
export const RELATED_KIND = 'related-brand';

const BY = ci('by|por|par|von|door|di|av|af');
const PERSON = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}";
/** "By Jane Doe / Example Press", "Por Juan Pérez | Diario Ejemplo": the writer, then the paper. */
const BYLINE_OUTLET = new RegExp(`^(?:${BY})\\s+(?:(?:${BY})\\s+)?${PERSON}\\s*[/|]\\s*(${NAME})$`, 'u');
/** "Special to The Example News", "Especial para Diario Ejemplo": a contributor writing for the site. */
const SPECIAL_TO = new RegExp(
  `^(?:${ci('special to|especial para|spécial pour|speciale per|especial para o|especial para a|written for|escrito para|écrit pour')})\\s+(${NAME})$`,
  'u',
);
/** "Sigue en exampleLibre el minuto a minuto", "Follow along on Example": a site inviting readers to stay with it. */
const FOLLOW_ON = new RegExp(
  `^(?:${ci('sigue en|síguenos en|siga no|siga na|segui su|suivez sur|folgen sie|follow along on|follow us on|keep reading on|leia no|leia na')})\\s+(${NAME})(?=$|[\\s,.:;!?])`,
  'u',
);

/**
 * "Related Example Stories", "More Example News", "Más noticias de Example": a block of links
 * labelled with a brand, the site's own or a partner's, so it needs another place to agree.
 */
const RELATED_BRAND = new RegExp(
  `^(?:(?:${ci('related|more|latest|top|other')})\\s+(${NAME})\\s+(?:${ci('stories|articles|headlines|coverage|videos')})|(?:${ci('more from|latest from|more stories from|mehr von|mehr aus|plus de|más de|más noticias de|mais de|mais notícias do|mais notícias da|altre notizie di|altre notizie da|meer van|mere fra|mer från')})\\s+(${NAME}))\\s*:?$`,
  'u',
);

/** A job in a newsroom, then the word that ties it to the publication ("reporter for", "Redactor de"). */
const BIO = new RegExp(
  `(?:^|[\\s,(])(?:${ci('reporter|writer|editor|correspondent|journalist|columnist|redactor|redactora|periodista|corresponsal|redakteur|redakteurin|korrespondent|korrespondentin|journaliste|rédacteur|rédactrice|giornalista|redattore|redattrice|jornalista|repórter|verslaggever|redacteur|journalist|reporter')})\\s+(?:${ci('for|at|with|of|de|del|da|do|di|bei|der|des|von|à|au|chez|bij|van|på|hos|för|i')})\\s+(?:the\\s+)?(${NAME})`,
  'u',
);
/** Cheap first test for BIO: a job word right before its tie word ("reporter for", "Redactor de"). */
const BIO_HINT = / (?:for|at|with|of|de|del|da|do|di|bei|der|des|von|à|au|chez|bij|van|på|hos|för|i) \p{Lu}/u;
const BIO_JOB =
  /(?:report|writ|edit|correspond|journal|column|redact|redakt|periodis|giornalis|redatt|jornalis|repórt|verslaggever|rédact)\S* \S+ \p{Lu}/iu;

/** A site's own notice about how to read it: browsers, cookies, plug-ins, subscriptions. */
const SITE_NOTICE = /navigat|browser|navegador|cookie|plug-?in|javascript|suscripci|subscri|abonnement|assinatura|abbonamento/i;
/** Cheap first test for SITE_OF. */
const SITE_HINT = /sit[eio]|web/i;
/** "le site de EXAMPLE", "the website of Example", "el sitio de Ejemplo": the site named as a site. */
const SITE_OF = new RegExp(
  `(?:${ci('le site de|le site du|the website of|the site of|el sitio de|el sitio web de|la web de|o site do|o site da|il sito di|il sito del|die website von|die website der|de website van')})\\s+(${NAME})`,
  'u',
);

/** A masthead in capitals after its article ("EL EJEMPLO", "THE EXAMPLE", "DIE BEISPIEL"), inside a mixed-case sentence. */
/** Cheap first test for CAPS_MASTHEAD: two capitals, a space, three capitals. */
const CAPS_HINT = /[A-Z]{2} \p{Lu}{3}/u;
const CAPS_MASTHEAD = /(?<![\p{L}])((?:EL|LA|LE|LES|THE|DIE|DER|DAS|IL|LO|HET|OS|AS)\s+\p{Lu}{3,}(?:\s+\p{Lu}{3,})?)(?![\p{L}])/gu;

/** Short lines that name the site by a role: bylines with the paper, contributors, invitations to follow. */
export function roleLine(l: PageLine): OutletCandidate | null {
  const text = l.text.trim();
  const byline = BYLINE_OUTLET.exec(text);
  const bylineName = byline?.[1] ? cleanName(byline[1]) : null;
  if (bylineName && cuedPublicationName(bylineName))
    return candidate(bylineName, 2.5, 'byline-outlet', `byline with its paper line ${l.line}`, l);
  const special = SPECIAL_TO.exec(text);
  const specialName = special?.[1] ? cleanName(special[1]) : null;
  if (specialName && (cuedPublicationName(specialName) || !personShaped(specialName)))
    return candidate(specialName, 2.5, 'contributor', `contributor credit line ${l.line}`, l);
  const related = RELATED_BRAND.exec(text);
  const relatedName = related ? cleanName(related[1] ?? related[2] ?? '') : null;
  if (relatedName && !personShaped(relatedName)) return candidate(relatedName, 1, RELATED_KIND, `related-links label line ${l.line}`, l);
  const follow = FOLLOW_ON.exec(text);
  const followName = follow?.[1] ? cleanName(follow[1]) : null;
  if (followName && !personShaped(followName)) return candidate(followName, 2, 'follow', `invitation to follow line ${l.line}`, l);
  return null;
}

/** Bios, the site's notice about itself and capitals mastheads, in lines of any length. */
export function proseRoles(lines: readonly PageLine[], add: Add): void {
  const caps = new Map<string, { name: string; lines: PageLine[] }>();
  lines.forEach((l, i) => {
    const dropped = l.reason !== null;
    if (dropped || i >= lines.length - FOOT_LINES) readBio(l, add);
    if (dropped || i < HEAD_LINES) readSiteNotice(l, add);
    if (!CAPS_HINT.test(l.text)) return;
    // A line all in capitals is a headline or a label: a name in it is not written as a masthead.
    if (l.text === l.text.toUpperCase()) return;
    for (const m of l.text.matchAll(CAPS_MASTHEAD)) {
      const entry = caps.get(m[1]!) ?? { name: m[1]!, lines: [] };
      if (!entry.lines.includes(l)) entry.lines.push(l);
      caps.set(m[1]!, entry);
    }
  });
  for (const { name, lines: at } of caps.values()) {
    if (at.length >= 2) add(candidate(name, 1.5, 'caps-masthead', `'${name}' in capitals on ${at.length} lines`, at[0]!));
  }
}

/** A writer's bio naming the publication. */
function readBio(l: PageLine, add: Add): void {
  if (BIO_HINT.test(l.text) && BIO_JOB.test(l.text)) {
    const m = BIO.exec(l.text);
    const name = m?.[1] ? cleanName(m[1]) : null;
    // A masthead in capitals is no person, though its words are capitalised like a name's.
    if (name && (!personShaped(name) || name === name.toUpperCase())) add(candidate(name, 1.5, 'bio', `writer's bio line ${l.line}`, l));
  }
}

/** The site's notice naming itself ("le site de EXAMPLE est compatible avec…"). */
function readSiteNotice(l: PageLine, add: Add): void {
  if (SITE_HINT.test(l.text) && SITE_NOTICE.test(l.text)) {
    const m = SITE_OF.exec(l.text);
    const name = m?.[1] ? cleanName(m[1]) : null;
    if (name) add(candidate(name, 2.5, 'site-notice', `the site's notice line ${l.line}`, l));
  }
}

function candidate(value: string, score: number, kind: string, what: string, l: PageLine): OutletCandidate {
  return { value, score, kind, evidence: `${what} '${quote(l.text)}'`, line: l.line };
}
