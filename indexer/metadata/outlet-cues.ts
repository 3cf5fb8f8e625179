/**
 * The cue phrases with which pages name their outlet, in several languages: syndication lines,
 * "Publisher X", "Cite as X, …", bylines and newsroom signatures, credit lines beside an agency,
 * copyright and cookie notices, subscription and account prompts, name-and-date stamps, live
 * coverage, and the site named as the publisher of the story's own figures.
 *
 * Cheap first: a line is matched against a pattern only when its first or last word, or a
 * substring, shows that the pattern can match; prose lines see only the few prose cues.
 */
import { AGENCY_PATTERN } from '../clean/phrases.ts';
import { quote } from './quote.ts';
import type { OutletCandidate, PageLine } from './outlet-candidates.ts';
import {
  alternation,
  CAP,
  ci,
  DATE_LIKE,
  domainOfAddress,
  domainValue,
  isDomain,
  LONE_NAME,
  looksLikePerson,
  NAME,
  NAME_OR_DOMAIN,
  nameOrDomain,
} from './outlet-names.ts';
import { AGENCIES_WORDS, looksLikeOutletName, NEWSROOM_AFTER, NEWSROOM_BEFORE } from './outlet-words.ts';

export interface Context {
  lines: PageLine[];
  add: (c: OutletCandidate) => void;
}

const N = `(${NAME_OR_DOMAIN})`;
const re = (source: string) => new RegExp(source, 'u');

// Start-anchored cues, tried only when the line's first word is one of their first words.
const BULLET = '(?:[-•·*]\\s*)?';
const PUBLISHER_WORD = ci('(?:publisher|herausgeber|éditeur|editore|uitgever|utgiver|udgiver|wydawca|vydavatel|yayıncı|editora)');
const BY = ci('(?:by|por|von|par|di|door|av|af|przez|autor|autore|auteur|yazar|published by|posted by|written by|publicado por|publié par|pubblicato da)');
const START_CUES: Array<{ kind: string; score: number; label: string; pattern: RegExp; byline?: boolean }> = [
  { kind: 'promotion', score: 2, label: 'promotion:', pattern: re(`^${ci('click (?:here )?for (?:the )?(?:full|more|all|complete|latest|live)')} (${CAP}(?: ${CAP}){0,2}) ${ci('(?:coverage|news|stories|updates|reports)')}\\b`) },
  { kind: 'publisher', score: 3, label: 'publisher', pattern: re(`^${PUBLISHER_WORD}\\s*[:·|–-]?\\s*${N}`) },
  { kind: 'cite', score: 2.5, label: 'citation', pattern: re(`^${ci('(?:cite (?:this(?: article)?|as)|how to cite(?: this(?: article)?)?|citation|zitiervorschlag|citer cet article|cómo citar)')}\\s*:?\\s*(?:${ci('as')}\\s+)?${N}\\s*[,.(]`) },
  { kind: 'newsroom', score: 3, label: 'newsroom credit', pattern: re(`^(?:${alternation(NEWSROOM_BEFORE)})\\s*[:·|–-]?\\s*${N}$`) },
  { kind: 'byline', score: 1, label: 'byline', byline: true, pattern: re(`^${BULLET}${BY}(\\s*[·:|•–-]\\s*|\\s+)${N}(\\s*(?:[,|·•–—]|\\s-\\s|\\s(?:on|am|el|le|il|em|op|den)\\s).*)?$`) },
  { kind: 'branded-block', score: 1.5, label: 'list heading', pattern: re(`^${ci('(?:related|more from|more on|latest from|top stories from|recomendaciones|recommended by|mehr von|mehr aus|plus de|altro da|meer van|mer från|mere fra|więcej z)')}\\s+${N}$`) },
  { kind: 'from', score: 1.5, label: 'credit', pattern: re(`^${ci('(?:from|aus|desde)')}\\s+${N}$`) },
  { kind: 'site-prompt', score: 2, label: 'welcome', pattern: re(`^${ci('(?:welcome to|willkommen (?:bei|auf)|bienvenue (?:sur|à|chez)|bienvenido a|bienvenidos a|benvenuti su|benvenuto su|welkom (?:bij|op)|velkommen til|välkommen till|bem-vindo ao?)')}\\s+${N}\\s*[!.]?$`) },
  { kind: 'site-prompt', score: 2, label: 'site link', pattern: re(`^${ci('(?:about|contact|advertise (?:with|on|in)|über|kontakt|à propos de|contactez|sobre|contacto|contatti|over)')}\\s+${N}$`) },
  { kind: 'site-prompt', score: 2, label: 'follow prompt', pattern: re(`^${ci('(?:follow|like|folgen sie|suivez|siga|sigue a|segui|volg)')}\\s+${N}\\s+${ci('(?:on|auf|sur|no|en|su|op|in)')}\\s`) },
  { kind: 'site-prompt', score: 2, label: 'app prompt', pattern: re(`^${ci('(?:download|get|install|descarga|baixe|téléchargez|scarica|lade)')}\\s+(?:${ci('(?:the|our|die|la|o|a)')}\\s+)?${N}\\s+${ci('(?:app|application|aplicativo|aplicación|applicazione)')}\\b`) },
];
const START_WORDS = new Set(
  'click publisher herausgeber éditeur editore uitgever utgiver udgiver wydawca vydavatel yayıncı editora cite how citation zitiervorschlag citer cómo by por von par di door av af przez autor autore auteur yazar published posted written publicado publié pubblicato related more latest top recomendaciones recommended mehr plus altro meer mer mere więcej from aus desde welcome willkommen bienvenue bienvenido bienvenidos benvenuti benvenuto welkom velkommen välkommen bem-vindo about contact advertise über kontakt à sobre contacto contatti over follow like folgen suivez siga sigue segui volg download get install descarga baixe téléchargez scarica lade'
    .split(' ')
    .concat(NEWSROOM_BEFORE.map((w) => w.split(' ')[0]!.toLowerCase())),
);
const LONG_LINE_STARTS = new Set('cite how citation zitiervorschlag citer cómo publisher herausgeber éditeur editore uitgever utgiver udgiver wydawca vydavatel yayıncı editora'.split(' '));
const PUBLISHER_ALONE = re(`^${PUBLISHER_WORD}\\s*:?$`);

// End-anchored cues, tried only when the line's last word is one of their last words.
const NEWSROOM_AFTER_RE = re(`^(?:${ci('by')}\\s+)?${N}\\s+(?:${alternation(NEWSROOM_AFTER)})$`);
const AGENCY_ALTERNATION = `(?:${AGENCY_PATTERN}|${alternation(AGENCIES_WORDS)})`;
const WITH_AGENCIES = re(`^${N}\\s*(?:[/|,]|\\s${ci('(?:with|and|mit|avec|con|com|met|med|e|y|i)')})\\s*${AGENCY_ALTERNATION}$`);
const BRAND_RECOMMENDS = re(`^${N}\\s+${ci('(?:recommends|empfiehlt|recomienda|recommande|raccomanda|anbefaler|rekommenderar)')}$`);
const END_WORDS = new Set(
  [...NEWSROOM_AFTER, ...AGENCIES_WORDS, 'recommends', 'empfiehlt', 'recomienda', 'recommande', 'raccomanda', 'anbefaler', 'rekommenderar']
    .map((w) => w.split(' ').at(-1)!.toLowerCase()),
);
const AGENCY_LAST = re(`(?:^|\\s|/)${AGENCY_ALTERNATION}\\)?$`);

// Cues found anywhere in a short line, behind a substring test.
const SUBSCRIBE = re(`(?<![\\p{L}])${ci('(?:subscribe to|subscriber to|subscription to|sign up for|assine(?: o| a)?|abonnez-vous à|abonnieren sie|abonniere|suscríbete a|suscribirse a|abbonati a|abonneer je op|abonner på|prenumerera på|get the)')}\\s+${N}`);
const PRODUCT_WORDS = /\s+(?:premium|plus|digital|unlimited|insider|pro|newsletters?|e-?paper|all access|subscription|app)$/i;
const ACCOUNT = re(`(?<![\\p{L}])${ci('(?:account (?:on|at|with)|cuenta (?:en|de)|conta (?:no|na|do|da)|compte(?: sur| chez)?|konto (?:bei|auf)|account su)')}\\s+${N}`);
const LIVE = re(`(?<![\\p{L}])${ci('live[ -]?(?:text|blog|ticker|coverage)')}\\b.{0,20}?\\b${ci('(?:on|pe|en|sur|auf|su|op|på|na)')}\\s+${N}`);
const LIVE_BLOG = re(`\\b${ci('(?:of|the)')}\\s+${N}\\s+${ci('live')}\\s+(?:\\w+\\s+)?${ci('(?:blog|ticker)')}\\b`);
const DATED_BY = re(`(?:${DATE_LIKE.source}).{0,20}?\\b${ci('(?:by|por|von|par|door|av|af)')}\\s+${N}\\s*$`);
const NAME_THEN_DATE = re(`^${N}\\s*[|,·•–-]?\\s*(?:${DATE_LIKE.source})(?:[\\s,]+\\d{1,2}[:.]\\d{2})?(?:\\s*\\|.*)?$`);
const DATE_THEN_NAME = re(`^(?:${DATE_LIKE.source})(?:[\\s,]+\\d{1,2}[:.]\\d{2})?\\s*[|·•–-]\\s*${N}$`);
const ADDRESS = /(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,12}(?:\/\S*)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

const RIGHTS = ci('(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|alle rechten voorbehouden|alle rettigheder forbeholdes|alle rettigheter reservert|alla rättigheter förbehållna|wszelkie prawa zastrzeżone|všechna práva vyhrazena|sva prava pridržana|toate drepturile rezervate|tüm hakları saklıdır|minden jog fenntartva)');
/** Plain substrings, so that most lines are turned away by one quick test. */
const COPYRIGHT_HINT = /©|\([cC]\)|[Cc]opyright|COPYRIGHT|[Rr]ights [Rr]eserved|RIGHTS RESERVED|vorbehalten|réservés|reservados|riservati|voorbehouden|forbeholdes|reservert|förbehållna|zastrzeżone|vyhrazena|pridržana|rezervate|saklıdır|fenntartva/;
/** One quick test for the notices any line may hold (syndication, copyright, cookies): most lines hold none. */
const NOTICE_HINT = /©|\([cC]\)|opyright|OPYRIGHT|eserved|ESERVED|vorbehalten|réservés|reservados|riservati|voorbehouden|forbeholdes|reservert|förbehållna|zastrzeżone|vyhrazena|pridržana|rezervate|saklıdır|fenntartva|ookie|OOKIE|çerez|kolačić|eväste|first|originally/;
const RIGHTS_TO_END = re(`${RIGHTS}.*$`);
const HOLDER_AT_START = re(`^${N}(?=$|\\s*[,|.;:(]|\\s+[-–—|·•]\\s)`);
const COOKIE_HINT = /ookie|çerez|kolačić|eväste/i;
const COOKIE = re(`^${N}\\s+${ci('(?:uses|use|is using|anvender|bruger|benytter|bruker|använder|verwendet|nutzt|setzt|gebruikt|maakt gebruik van|utilise|utilizza|usa|utiliza|używa|wykorzystuje|používá|využívá|koristi|kullanır|kullanıyor|kullanmaktadır|folosește|foloseste|käyttää)')}\\b[^.]{0,60}?${ci('(?:cookie|çerez|kolačić|eväste)')}`);

function add(ctx: Context, l: PageLine, raw: string | undefined, kind: string, score: number, label: string, body = false): void {
  if (!raw) return;
  const name = nameOrDomain(raw);
  // A label ending in a colon is quoted without its line ("promotion 'Click for full … coverage'").
  const evidence = label.endsWith(':') ? `${label.slice(0, -1)} '${quote(l.text)}'` : `${label} line ${l.line} '${quote(l.text)}'`;
  if (name) ctx.add({ value: name, score, kind, evidence, line: l.line, body });
}

/** The line's first word in lower case, past a bullet and without a trailing colon or comma. */
function firstWordOf(t: string): string {
  let start = 0;
  while (start < t.length && '-•·* '.includes(t[start]!)) start++;
  const end = t.indexOf(' ', start);
  return t.slice(start, end < 0 ? t.length : end).toLowerCase().replace(/[:·,]$/u, '');
}

/** Every cue a line of up to 40 words can hold. */
export function lineCues(l: PageLine, index: number, ctx: Context): void {
  if (l.words > 40) return;
  const t = l.text;
  if (NOTICE_HINT.test(t)) {
    if (l.words <= 25 && /first|originally/i.test(t)) syndication(l, ctx);
    if (COPYRIGHT_HINT.test(t)) copyrightHolder(l, ctx);
    if (COOKIE_HINT.test(t)) add(ctx, l, COOKIE.exec(t)?.[1], 'cookie', 2.5, 'cookie notice');
  }
  const firstWord = firstWordOf(t);
  // A citation or a publisher line may run long; every other cue sits on a short line of furniture.
  if (LONG_LINE_STARTS.has(firstWord)) startCues(l, index, ctx);
  if (l.prose || l.words > 25) return;

  if (l.words === 1 && isDomain(t)) {
    ctx.add({ value: domainValue(t)!, score: 2.5, kind: 'domain', evidence: `domain line ${l.line} '${t}'`, line: l.line, body: false });
    return;
  }
  if (START_WORDS.has(firstWord) && !LONG_LINE_STARTS.has(firstWord)) startCues(l, index, ctx);
  const lastWord = t.slice(t.lastIndexOf(' ') + 1).replace(/[).]$/, '').toLowerCase();
  if (END_WORDS.has(lastWord) || AGENCY_LAST.test(t)) endCues(l, ctx);
  if (/\d/.test(t)) stamps(l, ctx);
  if (/subscri|sign up|assine|abonn|suscr|abbona|prenumer|get the/i.test(t)) {
    const m = SUBSCRIBE.exec(t);
    if (m) add(ctx, l, m[1]!.replace(/[.,;:!?]+$/, '').replace(PRODUCT_WORDS, ''), 'subscribe', 2, 'subscription prompt');
  }
  if (/account|cuenta|conta|compte|konto/i.test(t)) add(ctx, l, ACCOUNT.exec(t)?.[1], 'account', 2, 'account prompt');
  if (LIVE_HINT.test(t)) liveCue(l, ctx);
  if (t.includes('.') || t.includes('@')) addresses(l, ctx);
}

function syndication(l: PageLine, ctx: Context): void {
  const m = /\bappeared first on\s+(.+?)\s*\.?$/i.exec(l.text) ?? /\b(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by)\s+(.+?)\s*\.?$/i.exec(l.text);
  const name = m?.[1]?.replace(/^(?:the website of|the site)\s+/i, '').trim();
  if (!name || name.split(/\s+/).length > 6 || /^https?:/i.test(name)) return;
  ctx.add({ value: name, score: 4, kind: 'syndication', evidence: `syndication line '${quote(m![0].replace(/\s*\.?$/, ''))}'`, line: l.line, body: false });
}

function startCues(l: PageLine, index: number, ctx: Context): void {
  const t = l.text;
  for (const cue of START_CUES) {
    const m = cue.pattern.exec(t);
    if (!m?.[1] && !cue.byline) continue;
    if (!m) continue;
    if (cue.byline) {
      byline(l, m[2]!, m[3], m[1]!.includes('·'), ctx);
      return;
    }
    const name = beforeStamp(m[1]!);
    const person = looksLikePerson(name);
    if (cue.kind === 'site-prompt' && person) continue;
    // A newsroom signs as the outlet, though some outlets' names are shaped like a person's.
    const score = cue.kind === 'newsroom' && person ? 2 : cue.score + (cue.score < 2 && looksLikeOutletName(name) && !person ? 0.5 : 0);
    add(ctx, l, name, cue.kind, score, cue.label);
    return;
  }
  // "Publisher" alone, the name on the next line.
  if (PUBLISHER_ALONE.test(t)) {
    const next = ctx.lines[index + 1];
    if (next && next.words <= 6 && LONE_NAME.test(next.text)) add(ctx, next, next.text, 'publisher', 3, `publisher (line ${l.line})`);
  }
}

/**
 * "By · The Valley Courier", "Por Rádio Serra", "By Jane Doe, Valley Courier": a byline names an
 * outlet when the name is shaped like one; a person's name is kept as a weak candidate that only
 * agreement can lift (an outlet signing with a name like a person's).
 */
/** "Northfield Clarion Published 21 Nov 2012" → "Northfield Clarion": a name ends where a stamp begins. */
function beforeStamp(name: string): string {
  const cut = name.search(/\s(?:Published|Updated|Posted|Date|Datum|Publicado|Publié|Pubblicato|Veröffentlicht|Aktualisiert)\b|\s\d/u);
  return cut > 0 && !looksLikeOutletName(name) ? name.slice(0, cut) : cut > 0 && /\s\d{1,2}\s+\p{L}/u.test(name) ? name.slice(0, cut) : name;
}

function byline(l: PageLine, name: string, tail: string | undefined, marked: boolean, ctx: Context): void {
  // "By · Name": a template's mark where an author's name would follow "By" is where sites put their own.
  const shaped = (looksLikeOutletName(name) && !looksLikePerson(name)) || marked;
  add(ctx, l, name, 'byline', shaped ? 2.5 : 1, shaped ? 'byline naming an outlet' : 'byline');
  const after = tail?.replace(/^\s*(?:[,|·•–—]|-)\s*/, '').trim();
  if (after && LONE_NAME.test(after) && looksLikeOutletName(after) && !looksLikePerson(after)) add(ctx, l, after, 'byline-outlet', 2, 'outlet beside the byline');
}

function endCues(l: PageLine, ctx: Context): void {
  const t = l.text;
  const newsroom = NEWSROOM_AFTER_RE.exec(t);
  if (newsroom?.[1]) return add(ctx, l, newsroom[1], 'newsroom', looksLikePerson(newsroom[1]) ? 2 : 3, 'newsroom credit');
  const agencies = WITH_AGENCIES.exec(t);
  if (agencies?.[1]) return add(ctx, l, agencies[1], 'with-agencies', looksLikePerson(agencies[1]) ? 1 : 2.5, 'credit with agencies');
  const brand = BRAND_RECOMMENDS.exec(t);
  if (brand?.[1]) add(ctx, l, brand[1], 'branded-block', 1.5, 'list heading');
}

/** "Portvillian 2018-06-21 | Comments: 0", "21.06.2018 | Portvillian", "March 3, 2019 by The Courier", "Courier, AFP, 21 Nov 2012". */
function stamps(l: PageLine, ctx: Context): void {
  const t = l.text;
  if (l.words > 12 || !DATE_LIKE.test(t)) return;
  const dated = DATED_BY.exec(t);
  if (dated?.[1]) {
    const shaped = looksLikeOutletName(dated[1]) && !looksLikePerson(dated[1]);
    return add(ctx, l, dated[1], 'byline', shaped ? 2.5 : 1, shaped ? 'byline naming an outlet' : 'byline');
  }
  const stamp = NAME_THEN_DATE.exec(t) ?? DATE_THEN_NAME.exec(t);
  if (stamp?.[1] && !looksLikePerson(stamp[1])) return add(ctx, l, stamp[1], 'stamp', stamp[1].includes(' ') && !looksLikeOutletName(stamp[1]) ? 1.5 : 2, 'name and date stamp');
  agencyCreditLine(l, ctx);
}

const AGENCY_PART = re(`^\\(?${AGENCY_ALTERNATION}\\)?$`);

/** "Valley Courier, AFP, Wednesday 21 Nov 2012": the outlet beside the agency and the date. */
function agencyCreditLine(l: PageLine, ctx: Context): void {
  const parts = l.text.split(/\s*[,|]\s*/).filter((p) => p !== '');
  if (parts.length < 3 || parts.length > 5) return;
  const agencyAt = parts.findIndex((p) => AGENCY_PART.test(p));
  const dateAt = parts.findIndex((p, i) => i !== agencyAt && (DATE_LIKE.test(p) || /\b(?:19|20)\d{2}\b/.test(p)));
  if (agencyAt < 0 || dateAt < 0) return;
  const named = parts.find((p, i) => i !== agencyAt && i !== dateAt && LONE_NAME.test(p));
  if (!named) return;
  add(ctx, l, named, 'agency-credit', looksLikePerson(named) ? 2 : 2.5, 'credit beside an agency');
}

/** "© 2021 Valley Courier Ltd. All rights reserved.", "Diario Costa © 2019 Todos los derechos reservados". */
function copyrightHolder(l: PageLine, ctx: Context): void {
  if (l.words > 20) return;
  const rest = l.text
    .replace(RIGHTS_TO_END, '')
    .replace(/©|ⓒ|\([cC]\)|[Cc]opyright|COPYRIGHT/g, ' ')
    .replace(/\b(?:19|20)\d{2}\b(?:\s*[-–]\s*(?:19|20)\d{2}\b)?/g, ' ')
    .replace(/^[\s.,;:|-]*(?:(?:provided |published |owned |powered )?by\s+)?/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const holder = HOLDER_AT_START.exec(rest)?.[1];
  if (holder) add(ctx, l, holder, 'copyright', 2, 'copyright notice');
}

function liveCue(l: PageLine, ctx: Context): void {
  // The page saying where its own live coverage runs: a statement about the page, even in prose.
  add(ctx, l, (LIVE.exec(l.text) ?? LIVE_BLOG.exec(l.text))?.[1], 'live', 2, 'live coverage');
}

/** A site's address or e-mail in the page's furniture ("news@example.com", "example.com | Contact"): weak, it may be anyone's. */
function addresses(l: PageLine, ctx: Context): void {
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(l.text); m; m = ADDRESS.exec(l.text)) {
    const domain = domainOfAddress(m[0]);
    if (domain) {
      ctx.add({ value: domain, score: 1, kind: 'address', evidence: `address in line ${l.line} '${quote(l.text)}'`, line: l.line, body: false });
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Prose: the outlet's own dateline, its own figures or scoop, its live coverage

const LIVE_HINT = /live[ -]?(?:text|blog|ticker|coverage)|live\s+(?:\w+\s+)?(?:blog|ticker)/i;
const DATELINE_HINT = /^[^(]{2,60}\([^)]{2,40}\)\s*(?:--|[-–—:])/;
const PROSE_HINT = new RegExp(`analy[sz]ed by|compiled by|xclusiv|sclusiva|according to|${LIVE_HINT.source}|${DATELINE_HINT.source}`, 'i');
const PUBLISHER_IN_PROSE = re(`(?<![\\p{L}])${ci("(?:collected and analy(?:s|z)ed by|analy(?:s|z)ed by|compiled by|the exclusive of|an exclusive by|la exclusiva de|l'esclusiva di|l’esclusiva di|l'exclusivité de|a exclusiva do|a exclusiva da)")}\\s+${N}`);
const OWN_FIGURES = re(`(?<![\\p{L}])${ci('according to')} (${NAME})(?:['’]s)? ${ci('(?:computations|calculations|analysis|tally|count|research)')}\\b`);
/** "PORTVILLE (Valley Courier) -": a site's own dateline at the start of the story, like an agency's. */
const OWN_DATELINE = re(`^\\p{Lu}[\\p{Lu}\\p{L}.'’ -]{1,40}?(?:,\\s*[\\p{L}\\p{N}.' ]{1,24}){0,2}\\s*\\(${N}\\)\\s*(?:--|[-–—:])`);

export function proseCues(l: PageLine, index: number, ctx: Context): void {
  const t = l.text;
  if (!PROSE_HINT.test(t)) return;
  if (index < 12 && l.reason === null && DATELINE_HINT.test(t)) add(ctx, l, OWN_DATELINE.exec(t.slice(0, 120))?.[1], 'dateline', 2.5, 'dateline');
  if (/analy[sz]ed by|compiled by|xclusiv|sclusiva/i.test(t)) add(ctx, l, PUBLISHER_IN_PROSE.exec(t)?.[1], 'prose-publisher', 1.5, 'named as the publisher in the text,', true);
  if (/according to/i.test(t)) add(ctx, l, OWN_FIGURES.exec(t)?.[1], 'prose-figures', 1, 'named for its own figures in the text,', true);
  if (LIVE_HINT.test(t)) liveCue(l, ctx);
}
