/**
 * Furniture a site writes about itself that the cue lines of outlet-candidates.ts and
 * outlet-mentions.ts do not read (issue 18, t set): the site's address opening the story as its
 * dateline ("Example.com - Police said…", "CITY, EXAMPLE.com —"), a prompt naming the site in the
 * order other languages put it ("Download the app Example", "Follow Example for … WhatsApp"), a
 * platform's footer naming the site ("Discover more from example"), and the Chinese report mark
 * ("【Example 2014年10月18日讯】") that opens a story the way a dateline does.
 *
 * Each is a place only the publication writes of itself, so each is enough alone (2 or 2.5); a
 * wire or a platform named this way is not the site (outlet.ts and the caller filter those).
 */
import type { OutletCandidate, PageLine } from './outlet-candidates.ts';
import { cuedPublicationName } from './outlet-mentions.ts';
import { bareDomain, brandShaped, ci, cleanName, DOMAIN_BODY, isDomain, NAME, personShaped } from './outlet-names.ts';
import { FOLLOW_PLATFORMS, FOLLOW_VERBS, isPlatform, isWire, outletShaped, sectionWord } from './outlet-words.ts';
import { quote } from './quote.ts';
import { DATELINE_LINES, PROSE_WORDS } from './outlet-reach.ts';

type Add = (c: OutletCandidate | null) => void;

/** A channel prompt is one short line. */
const MAX_CHANNEL_WORDS = 14;

/**
 * The town before the address: in capitals ("JAKARTA, "), or each word capitalised ("Jakarta, ",
 * "Kuala Lumpur, ") as many sites write it (task 18out13).
 */
const TOWN_BEFORE = "(?:\\p{Lu}[\\p{Lu} .'’-]{1,30}|\\p{Lu}[\\p{L}.'’-]{1,20}(?: \\p{Lu}[\\p{L}.'’-]{1,20}){0,2}),\\s*";
const ADDRESS = '((?:www\\d?\\.)?[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.(?:[a-z]{2,10}|[A-Z]{2,10})){1,2})';
const TOWN_AFTER = "(?:,\\s*\\p{Lu}[\\p{L} .'’-]{1,30}?)?";
/** "Example.com - ", "EXAMPLE.co.id – ", "JAKARTA, EXAMPLE.com — ", "EXAMPLE.CO.ID, JAKARTA -- " (task 18out2), "Example.com, Town - " (18outlet), after a scraper's ISO date as outlet-mentions.ts's DATELINE takes it: an address (not a bare word) before the dash opening a paragraph. */
const ADDRESS_DATELINE = new RegExp(
  `^\\s*(?:\\p{L}+:?\\s+\\d{4}-\\d{2}(?:-\\d{2})?\\s+)?(?:${TOWN_BEFORE})?${ADDRESS}\\+?${TOWN_AFTER}(?:\\s*[-–—]{1,2}\\s+|\\s*(?:—|--)(?=\\p{Lu}))\\S`,
  'u',
);
/**
 * The same dateline alone on its line, the story's paragraph under it: "JAKARTA, example.id",
 * "EXAMPLE.com-" (task 18out13). With neither a town nor a dash it is an address alone, read as one.
 */
const ADDRESS_DATELINE_LINE = new RegExp(`^\\s*(${TOWN_BEFORE})?${ADDRESS}${TOWN_AFTER}\\s*([-–—]{1,2})?\\s*$`, 'u');

/** "Download the app Example", "Muat turun aplikasi Example": the app word before the site's name. */
const APP_FIRST = new RegExp(
  `(?:^|\\s)(?:${ci('download|get|install|muat turun|unduh|baixe|descarga|descargue|téléchargez|scarica|pobierz|stáhněte si')})\\s+(?:${ci("the|o|la|el|l’|l'")}\\s*)?(?:${ci('app|aplikasi|aplikacji|aplikaci|aplicativo|aplicación|application|applicazione')})\\s+(${NAME})`,
  'u',
);

/**
 * Whether the line may hold one of APP_FIRST's words for an app: each opens with "app" or "apl" in
 * any case (`ci`), so the lower-cased line holds one. Looking for two strings is cheaper than the
 * pattern's scan of every line for its verbs. The i flag reads them without a lower-cased copy of
 * the line: no character but a, p, l and their capitals lower-cases to (or holds) one of those
 * letters, nor matches one with the flag (every code point tried: indexer-outlet-prompt-gates.test.ts).
 */
export const APP_WORD = /app|apl/i;

/**
 * Follow prompts in languages met on the check sets of the last round (task 18out12): Greek
 * "Ακολουθήστε το Example στο Google News" (with the name's article), Romanian "Urmăriți Example și
 * pe GOOGLE ȘTIRI", and Google News under its name in the page's language.
 */
const LOCAL_FOLLOW_VERBS = 'ακολουθήστε|ακολουθήστε μας|urmăriți|urmăriţi|urmariti|urmărește|urmăreşte';
const LOCAL_GOOGLE_NEWS = ci(
  'google (?:știri|ştiri|stiri|haberler|notícias|noticias|actualités|nachrichten|nieuws|wiadomości|zprávy|hírek|uutiset|nyheter|notizie|berita)',
);

/** "Follow Example for the latest news. Click WhatsApp Channel": the verb, the site, and a platform further on the line. */
const FOLLOW_FIRST = new RegExp(
  `^(?:${ci(`${FOLLOW_VERBS}|ikuti|obserwuj|sledujte|${LOCAL_FOLLOW_VERBS}`)})\\s+(?:(?:το|τη|την|τον)\\s+)?(${NAME})\\s`,
  'u',
);
const PLATFORM_ON_LINE = new RegExp(`\\b(?:${FOLLOW_PLATFORMS})\\b|${LOCAL_GOOGLE_NEWS}`, 'u');

/**
 * A site's channel on a messaging or social platform, as the prompts under stories write it
 * (task 18out6): "Siga las noticias de Example en WhatsApp", "Follow the latest news of Example on
 * Telegram", "Najnovije vijesti Example i na Viberu" (the news words, the site, "also on" the
 * platform), "Unirse al canal de WhatsApp de Example", "Join the WhatsApp channel of Example" (the
 * channel, then its owner). The platform may be inflected ("Viberu", "Telegramie"). A platform
 * alone names no site, so the platform must be on the line (PLATFORM_ANY).
 */
const CHANNEL_PLATFORMS = `${FOLLOW_PLATFORMS}|Viber|WeChat|Kakao(?:Talk)?|VK|VKontakte|Dzen|Дзен|ВКонтакте`;
const PLATFORM_ANY = new RegExp(`(?:^|[\\s(])(?:${ci(CHANNEL_PLATFORMS)})\\p{Ll}{0,3}(?=$|[\\s.!?,:)])`, 'u');
const NEWS_WORDS =
  'news|latest news|the news|the latest news|noticias|las noticias|las últimas noticias|últimas noticias|notícias|as notícias|as últimas notícias|nachrichten|die nachrichten|die neuesten nachrichten|actualités|les actualités|les infos|infos|nouvelles|notizie|le notizie|le ultime notizie|ultime notizie|nieuws|het nieuws|het laatste nieuws|laatste nieuws|nyheter|nyheder|uutiset|wiadomości|najnowsze wiadomości|zprávy|správy|vijesti|najnovije vijesti|vesti|najnovije vesti|novice|новости|последние новости|новини|последни новини|haberler|son haberler|berita|berita terkini|tin tức|știri|ultimele știri|hírek|friss hírek';
const OF_WORDS = 'of|from|de|del|do|da|dos|das|di|della|du|des|von|vom|van|af|av|z|ze|od|dari|від|от|на';
const ALSO_WORDS =
  'also|now|auch|jetzt|aussi|también|ahora|também|agora|anche|ora|ook|nu|også|nå|också|myös|też|teď|i|и|і|вече|теперь|tudi|sada|juga|da|is|și';
const ON_WORDS = 'on|in|en|no|na|su|sur|auf|bei|op|på|w|ve|в|на|u|di|trên|pe|a';
const NEWS_ON_PLATFORM = new RegExp(
  `(?:^|\\s)(?:${ci(NEWS_WORDS)})\\s+(?:(?:${ci(OF_WORDS)})\\s+)?(${NAME})\\s+(?:(?:${ci(ALSO_WORDS)})\\s+)*(?:${ci(ON_WORDS)})\\s+(?:${ci(CHANNEL_PLATFORMS)})\\p{Ll}{0,3}\\s*[.!]?$`,
  'u',
);
const CHANNEL_WORDS = `(?:${ci('channel|canal|kanal|kanál|kanał|канал|kanava|kênh|saluran')})`;
const CHANNEL_OF = new RegExp(
  `(?:^|\\s)(?:${CHANNEL_WORDS}\\s+(?:(?:${ci(`${ON_WORDS}|${OF_WORDS}`)})\\s+)?(?:${ci(CHANNEL_PLATFORMS)})\\p{Ll}{0,3}|(?:${ci(CHANNEL_PLATFORMS)})[-\\s]?(?:${CHANNEL_WORDS}))\\s+(?:${ci(OF_WORDS)})\\s+(${NAME})\\s*[.!]?$`,
  'u',
);

/**
 * An invitation to receive the site's newsletter, however long the line runs (task 18out6): "sign up
 * to our weekly email for Example", "Ja, ik wil de nieuwsbrief van Example ontvangen", "Abonnieren Sie
 * den Newsletter von Example". The newsletter word, "of" or "for", the name; and a verb of signing up
 * or receiving in the same line, so that a story citing "a newsletter from Example Bank" is not read.
 */
const NEWSLETTER_OF = new RegExp(
  `(?:^|\\s)(?:${ci("newsletters?|weekly email|daily email|email newsletter|e-mail newsletter|nieuwsbrief|nyhetsbrev|nyhedsbrev|uutiskirje|infolettre|lettre d'information|boletín|boletim|newsletter")})\\s+(?:${ci('for|of|from|van|von|vom|des|de|du|fra|från|di|del|da|do|od|z')})\\s+(${NAME})(?=$|[\\s.,;:!?–—-])`,
  'u',
);
/** Lines from either end of the page read for a newsletter box. */
const NEWSLETTER_EDGE = 6;
const NEWSLETTER_HINT = /letter|email|e-mail|brief|brev|kirje|bolet/i;
const SIGN_UP =
  /\b(?:sign(?:ing)? up|subscribe|receive|ontvangen|aanmelden|meld je|abonneer|abonnieren|anmelden|erhalten|s'abonner|abonnez|recevoir|inscri|suscr[ií]b|recib|assin|receb|iscriv|ricev|tilmeld|prenumerera|tilaa|zapisz|odebírat|přihlaste)/iu;

/** "Connect with the Example Newsroom:", "Contact the Example news desk": readers sent to the site's own newsroom. */
const CONTACT_NEWSROOM = new RegExp(
  `^(?:${ci('connect with|contact|reach|email|write to|tips for')})\\s+(?:${ci('the')}\\s+)?(${NAME})\\s+(?:${ci('newsroom|news desk|newsdesk|editors|editorial team|news team')})\\s*[:.]?$`,
  'u',
);

/**
 * "All the news of EXAMPLE on Google News", "Acompanhe as notícias do Example no Google News": the
 * site's name after "of" and before "on Google News" (task 18out2). A verb first ("Follow Example
 * on Google News") is FOLLOW_FIRST's.
 */
const GOOGLE_NEWS_OF = new RegExp(
  `(?:^|\\s)(?:${ci('του|της|of|von|de|do|da|di|del|du|des|af|av|van')})\\s+(${NAME}|${DOMAIN_BODY})\\s+(?:${ci('στο|στα|on|auf|sur|en|no|na|su|op|på|i|w')})\\s+(?:${ci('google news|google haberler|google notícias|google noticias|google actualités')})\\b`,
  'u',
);
const GOOGLE_CUE = /oogle|OOGLE/;

/**
 * The breadcrumb's first crumb after "You are here" ("您现在的位置: Example >> 新闻中心 >> …",
 * "Vous êtes ici : Example > …"): where the trail starts is the site, unless it says "home" (task 18out2).
 */
const YOU_ARE_HERE = new RegExp(
  `^(?:${ci('you are here|vous êtes ici|sie sind hier|usted está aquí|está aquí|você está aqui|voi siete qui|sei qui|u bent hier|du är här|du er her|jesteś tutaj|nacházíte se|buradasınız|bạn đang ở')}|您现在的位置|您的位置|当前位置|現在位置|当前的位置|現在の位置)\\s*[:：]?\\s*([^>»›/|\\s][^>»›/|]{0,30}?)\\s*(?:>>?|»|›|/|\\|)`,
  'u',
);
const HOME_CRUMB =
  /^(?:home|homepage|start|startseite|accueil|inicio|início|portada|home page|forside|hem|etusivu|strona główna|úvod|anasayfa|ana sayfa|trang chủ|首页|首頁|主页|網站首頁|网站首页|ホーム|トップ|홈)$/iu;

/**
 * The Korean lead credit opening the story: "(서울=Example) 기자 = …", the town and the newsroom
 * as the Korean press writes its dateline, and "[Example] …", the newsroom alone in square
 * brackets before the first sentence (task 18out2). Square brackets open a story with its label as
 * often ("[단독]" exclusive, "[속보]" breaking, "[사설]" editorial): those words, a reporter's
 * "기자" and a numbered update ("2보") are not a newsroom.
 */
const KO_TOWN_NEWSROOM = /^\(([\p{sc=Hangul}]{1,6})\s*=\s*([\p{sc=Hangul}\p{L}\p{N}][\p{sc=Hangul}\p{L}\p{N} ]{0,12}?)\s*\)\s*\S/u;
const KO_BRACKET_LEAD = /^\[([\p{sc=Hangul}][\p{sc=Hangul}\p{N}]{1,9})\]\s*[\p{sc=Hangul}"“‘'\p{N}]/u;
const KO_LABEL =
  /^(?:단독|속보|사설|칼럼|기고|인터뷰|포토|사진|영상|종합|르포|현장|이슈|기획|특집|해설|분석|논평|시론|오피니언|팩트체크|기자수첩|카드뉴스|전문|공지|알림|부고|인사|동정|날씨|신간|리뷰|화제|포커스|현장르포|뉴스|\d+보)$|기자$/u;

/** A blog platform's footer names the site as the site writes itself, lower case included. */
const DISCOVER_MORE = new RegExp(`^${ci('discover more from')}\\s+([\\p{L}\\p{N}][\\p{L}\\p{N}.&'’ -]{1,40})$`, 'u');

/**
 * "【Example 2014年10月18日讯】", "【Example讯】": a Chinese report mark opening the story. 讯 is a
 * site's or paper's report (a wire's is 电); 本报 / 本网 ("this paper", "this site") name no one.
 */
const REPORT_MARK = /^[【[]([^\s【】[\]\d]{2,12}?)(?:\d{4}年)?(?:\d{1,2}月\d{1,2}日)?[讯訊][】\]]/u;
const SELF_WORDS = /^本(?:报|報|网|網|台|刊|站)/u;

/** "Jane Doe - exampleNews", "Jane Doe | Example Daily": the writer, then the site, alone on a line above the story. */
const WRITER_THEN_SITE = new RegExp(`^(\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,2})\\s+[-–—|/]\\s+(${NAME})$`, 'u');

/** The site's address, prompts and report marks in the page's furniture and first paragraphs. */
export function promptNames(lines: readonly PageLine[], add: Add): void {
  lines.forEach((l, i) => {
    if (i < DATELINE_LINES) {
      add(addressDateline(l) ?? addressDatelineLine(lines, i));
      add(reportMark(l));
      add(writerThenSite(l));
    }
    // A newsletter box stands above or below the story: only the page's edges are read (a scan of every long line costs ~1 µs).
    if ((i < NEWSLETTER_EDGE || i >= lines.length - NEWSLETTER_EDGE) && NEWSLETTER_HINT.test(l.text) && SIGN_UP.test(l.text))
      add(named(l, NEWSLETTER_OF, 2.5, 'prompt', 'newsletter prompt'));
    if (l.words > 20) return;
    if (APP_WORD.test(l.text)) add(named(l, APP_FIRST, 2.5, 'app', 'app prompt'));
    // The verb at the line's start is a cheaper first test than a platform anywhere in it.
    if (FOLLOW_FIRST.test(l.text) && PLATFORM_ON_LINE.test(l.text)) add(named(l, FOLLOW_FIRST, 2, 'follow', 'follow prompt'));
    if (l.words <= MAX_CHANNEL_WORDS && PLATFORM_ANY.test(l.text))
      add(
        named(l, NEWS_ON_PLATFORM, 2, 'follow', 'platform channel prompt') ?? named(l, CHANNEL_OF, 2, 'follow', 'platform channel prompt'),
      );
    add(named(l, DISCOVER_MORE, 2.5, 'prompt', 'subscription prompt'));
    add(named(l, CONTACT_NEWSROOM, 2.5, 'newsroom', 'newsroom contact'));
    if (GOOGLE_CUE.test(l.text)) add(named(l, GOOGLE_NEWS_OF, 2, 'follow', 'Google News prompt'));
    if (i < DATELINE_LINES) {
      add(firstCrumb(l));
      if (crumbHint(l.text)) add(trailStart(l));
      if (l.text.charCodeAt(0) === 0x28 || l.text.charCodeAt(0) === 0x5b) add(koreanLead(l));
    }
  });
}

function koreanLead(l: PageLine): OutletCandidate | null {
  const t = KO_TOWN_NEWSROOM.exec(l.text);
  const b = t ? null : KO_BRACKET_LEAD.exec(l.text);
  const name = t?.[2]?.trim() ?? b?.[1];
  // The bracketed name opens a paragraph, not a headline or a caption.
  if (!name || KO_LABEL.test(name) || isWire(name) || (b && l.words < 6)) return null;
  return {
    value: name,
    score: t ? 2.5 : 2,
    kind: 'dateline',
    evidence: `Korean lead credit line ${l.line} '${quote(l.text)}'`,
    line: l.line,
  };
}

function firstCrumb(l: PageLine): OutletCandidate | null {
  const m = YOU_ARE_HERE.exec(l.text);
  const raw = m?.[1] ? cleanName(m[1]) : null;
  if (!raw || HOME_CRUMB.test(raw) || isPlatform(raw) || isWire(raw)) return null;
  const value = isDomain(raw) ? bareDomain(raw) : raw;
  return { value, score: 2, kind: 'breadcrumb', evidence: `breadcrumb line ${l.line} '${quote(l.text)}'`, line: l.line };
}

/** A breadcrumb's separator: a guillemet, a single or double chevron, an arrow, with spaces around. */
const CRUMB_SEP = /\s+(?:»|›|>>?|→)\s+/u;
/** Whether a line holds one of CRUMB_SEP's marks: four string searches, cheaper than a pattern's class at every character (18perf18). */
export function crumbHint(text: string): boolean {
  return text.includes('>') || text.includes('»') || text.includes('›') || text.includes('→');
}
/** Crumbs up to this many words open a trail; a longer first part is a sentence. */
const CRUMB_WORDS = 8;

/**
 * The first crumb of a trail of three or more ("Example.com » Sports » Story", "Example TV >
 * Section > Sub"), with no "You are here" before it: where the trail starts is the site as often
 * as a section, so it needs another place to agree, unless the trail starts at an address (18outlet).
 */
function trailStart(l: PageLine): OutletCandidate | null {
  const crumbs = l.text.split(CRUMB_SEP);
  if (crumbs.length < 3) return null;
  const first = crumbs[0]!.trim();
  if (first === '' || countSpaces(first) >= CRUMB_WORDS || !/^[\p{Lu}\p{N}]|^\p{Ll}{1,8}\p{Lu}|^[\p{L}\p{N}-]+\.[a-z]{2,}/u.test(first))
    return null;
  const raw = cleanName(first);
  if (!raw || HOME_CRUMB.test(raw) || isPlatform(raw) || isWire(raw) || sectionWord(raw) || /\d{1,2}[./:-]\d{1,2}/u.test(raw)) return null;
  // A trail rooted at an address ("Example.com » Sports » …") starts at the site's own front page: enough alone, as an address alone on a line is.
  const address = isDomain(raw);
  const value = address ? bareDomain(raw) : raw;
  return {
    value,
    score: address ? 2 : 1,
    kind: 'crumb-trail',
    evidence: `breadcrumb trail line ${l.line} '${quote(l.text)}'`,
    line: l.line,
  };
}

function countSpaces(text: string): number {
  let n = 0;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

function addressDateline(l: PageLine): OutletCandidate | null {
  const m = ADDRESS_DATELINE.exec(l.text);
  if (!m || !isDomain(m[1]!) || isWire(m[1]!)) return null;
  return addressCandidate(m[1]!, l, m[0]);
}

/** A site's address read as a dateline; a domain in capitals ("EXAMPLE.CO.ID") is the same address, named as one. */
function addressCandidate(domain: string, l: PageLine, shown: string): OutletCandidate {
  return {
    value: bareDomain(domain.toLowerCase()),
    score: 2.5,
    kind: 'dateline',
    evidence: `address dateline line ${l.line} '${quote(shown)}'`,
    line: l.line,
  };
}

/**
 * The address dateline on a line of its own, a town or a dash with it, right above the story's
 * first paragraph (the next line kept and as long as prose). Alone elsewhere, a town and an address
 * are a contact line.
 */
function addressDatelineLine(lines: readonly PageLine[], i: number): OutletCandidate | null {
  const l = lines[i]!;
  if (l.words > 4 || !l.text.includes('.')) return null;
  const m = ADDRESS_DATELINE_LINE.exec(l.text);
  if (!m || (m[1] === undefined && m[3] === undefined) || !isDomain(m[2]!) || isWire(m[2]!)) return null;
  const next = lines[i + 1];
  if (next === undefined || next.reason !== null || next.words <= PROSE_WORDS) return null;
  return addressCandidate(m[2]!, l, l.text.trim());
}

/** Only a site's shape after the writer: a brand's inner capital, an address or a publication's name, never a second person. */
function writerThenSite(l: PageLine): OutletCandidate | null {
  if (l.reason === null && l.words > 8) return null;
  const m = WRITER_THEN_SITE.exec(l.text);
  const name = m?.[2] ? cleanName(m[2]) : null;
  if (!name || !personShaped(m![1]!) || isWire(name) || isPlatform(name)) return null;
  if (!brandShaped(name) && !isDomain(name) && !outletShaped(name)) return null;
  return {
    value: name,
    score: 2,
    kind: 'byline',
    evidence: `writer and site line ${l.line} '${quote(l.text)}'`,
    line: l.line,
    signed: true,
  };
}

function reportMark(l: PageLine): OutletCandidate | null {
  const m = REPORT_MARK.exec(l.text);
  const name = m?.[1];
  if (!name || SELF_WORDS.test(name) || isWire(name)) return null;
  return { value: name, score: 2.5, kind: 'dateline', evidence: `report mark line ${l.line} '${quote(m[0])}'`, line: l.line };
}

function named(l: PageLine, pattern: RegExp, score: number, kind: string, what: string): OutletCandidate | null {
  const m = pattern.exec(l.text);
  // A name's words may hold dots ("A.M."); a dot and a space end the sentence, and the name.
  const raw = m?.[1] ? cleanName(m[1].split(/[.!?:]\s/u)[0]!) : null;
  if (!raw || isPlatform(raw) || isWire(raw) || /^(?:us|me|this|our|the|we)$/i.test(raw)) return null;
  // Readers follow writers too ("Follow Jane Doe on X"): a person's shape needs a publication's.
  if (kind === 'follow' && personShaped(raw) && !cuedPublicationName(raw)) return null;
  const value = isDomain(raw) ? bareDomain(raw) : raw;
  return { value, score, kind, evidence: `${what} line ${l.line} '${quote(l.text)}'`, line: l.line };
}
