/**
 * The trade's vocabulary for telling an outlet's name from other short capitalised text: the
 * nouns newspapers and broadcasters name themselves with, the words of section menus, the names
 * that are never a page's publisher (social networks, photo libraries), and the words a newsroom
 * signs with. All of it is data a user may extend; none of it names an outlet.
 */
import { AGENCY_NAMES } from '../clean/phrases.ts';

/**
 * Words that make a name read as a publication ("Coast Advocate", "Harbour Times", "Radio Nord").
 * Lower case; several languages.
 */
export const TRADE_NOUNS = new Set(
  [
    // English
    'news', 'times', 'post', 'daily', 'herald', 'journal', 'telegraph', 'tribune', 'gazette', 'chronicle', 'observer',
    'guardian', 'independent', 'standard', 'mirror', 'express', 'courier', 'record', 'advocate', 'examiner', 'sun', 'star',
    'mail', 'press', 'radio', 'tv', 'television', 'channel', 'media', 'magazine', 'weekly', 'review', 'insider', 'wire',
    'network', 'broadcasting', 'nation', 'week', 'monitor', 'bulletin', 'dispatch', 'sentinel', 'register', 'inquirer',
    'leader', 'argus', 'mercury', 'voice', 'echo', 'enquirer', 'advertiser', 'citizen', 'reporter', 'newswatch', 'online',
    'report', 'fm', 'spectator', 'statesman', 'economist', 'globe', 'digest', 'telegram',
    // German, Dutch, Nordic (also as the end of a compound, see TRADE_SUFFIXES)
    'zeitung', 'nachrichten', 'kurier', 'tagblatt', 'rundschau', 'anzeiger', 'presse', 'blatt', 'bote', 'krant', 'dagblad',
    'nieuws', 'courant', 'omroep', 'avis', 'avisen', 'nyheder', 'nyheter', 'tidning', 'tidningen', 'tidende', 'posten',
    'aktuell', 'aktuelt',
    // Romance
    'diario', 'diário', 'periódico', 'periodico', 'noticias', 'notícias', 'prensa', 'crónica', 'cronaca', 'heraldo',
    'gaceta', 'jornal', 'folha', 'correio', 'canal', 'giornale', 'gazzetta', 'corriere', 'notizie', 'quotidiano', 'monde',
    'actu', 'actualités', 'info', 'infos', 'dépêche', 'ziarul', 'ziare', 'știri', 'stiri', 'gazeta', 'rádio', 'televisión',
    'televisão', 'tele',
    // Central and eastern Europe, Turkish
    'kanal', 'antena', 'canale', 'rete', 'haber', 'haberler', 'gazete', 'gazety', 'wiadomości', 'dziennik', 'noviny', 'zprávy', 'vijesti', 'novosti', 'novine',
    'týdeník', 'denník', 'dnevnik', 'hírek', 'napló',
  ],
);

/** The end of a compound name in languages that write them as one word ("Morgenzeitung", "Webkrant"). */
const TRADE_SUFFIXES = ['zeitung', 'krant', 'blatt', 'blad', 'bladet', 'posten', 'avisen', 'kurier', 'courant', 'nieuws', 'nachrichten', 'diario', 'giornale', 'news', 'times', 'post', 'haber'];

/**
 * Words of section menus and page furniture: a name made only of these and trade nouns is a
 * section ("Latest News", "Nyheder", "Sport Update"), not a masthead.
 */
export const SECTION_WORDS = new Set(
  [
    'home', 'latest', 'breaking', 'live', 'update', 'updates', 'top', 'stories', 'story', 'local', 'national', 'international',
    'sport', 'sports', 'politics', 'business', 'economy', 'opinion', 'culture', 'lifestyle', 'health', 'science', 'tech',
    'technology', 'entertainment', 'travel', 'weather', 'video', 'videos', 'photos', 'gallery', 'blog', 'blogs', 'more',
    'menu', 'search', 'edition', 'region', 'regional', 'city', 'metro', 'football', 'soccer', 'markets', 'market', 'money',
    'finance', 'analysis', 'features', 'comment', 'comments', 'editorial', 'letters', 'obituaries', 'events', 'jobs',
    'aktuelles', 'politik', 'wirtschaft', 'kultur', 'ausland', 'inland', 'nieuw', 'binnenland', 'buitenland', 'sporten',
    'actualidad', 'actualité', 'actualités', 'deportes', 'esportes', 'política', 'politica', 'economía', 'economia',
    'cultura', 'sociedad', 'internacional', 'nacional', 'últimas', 'ultime', 'attualità', 'sport', 'spor', 'gündem',
    'ekonomi', 'dünya', 'aktualno', 'aktuality', 'domov', 'svet', 'kraj', 'wydarzenia', 'the', 'a', 'of', 'and', '&',
    // Buttons, labels and ad slots that stand alone on a line, often many times
    'now', 'next', 'previous', 'prev', 'back', 'close', 'open', 'continue', 'read', 'share', 'reply', 'like', 'follow',
    'print', 'email', 'mail', 'subscribe', 'login', 'register', 'premium', 'advertisement', 'advert', 'ad', 'ads',
    'adchoices', 'sponsored', 'anzeige', 'werbung', 'reklame', 'reklama', 'publicidad', 'publicité', 'pubblicità',
    'publicidade', 'reclame', 'annons', 'annonce', 'teilen', 'drucken', 'compartir', 'partager', 'condividi', 'delen',
    'dela', 'del', 'paylaş', 'yorum', 'yorumlar', 'comentarios', 'commentaires', 'kommentare', 'reacties', 'admin',
    'administrator', 'editor', 'redaktion', 'redacción', 'newsletter', 'podcast', 'podcasts', 'watch', 'listen', 'photo',
    'image', 'images', 'foto', 'bild', 'gallery', 'slideshow', 'view', 'all', 'loading', 'cookies', 'privacy', 'terms',
    // Days and months, which open date stamps ("Thursday, June 10, 2021", "Freitag, 23. Oktober 2020")
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'montag', 'dienstag', 'mittwoch',
    'donnerstag', 'freitag', 'samstag', 'sonntag', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi',
    'dimanche', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'lunedì', 'martedì',
    'mercoledì', 'giovedì', 'venerdì', 'sabato', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira',
    'sexta-feira', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'mandag', 'tirsdag',
    'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'måndag', 'tisdag', 'lördag', 'söndag', 'poniedziałek', 'wtorek',
    'środa', 'czwartek', 'piątek', 'sobota', 'niedziela', 'pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'neděle',
    'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar', 'luni', 'marți', 'miercuri', 'joi',
    'vineri', 'sâmbătă', 'duminică', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
    'september', 'october', 'november', 'december', 'today', 'yesterday',
  ],
);

/**
 * Never the publisher of the page, though pages name them in credits and prompts: social
 * networks, platforms, and photo libraries credited under pictures.
 */
export const NOT_OUTLETS = new Set(
  [
    'twitter', 'x', 'facebook', 'instagram', 'youtube', 'tiktok', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'reddit',
    'snapchat', 'threads', 'bluesky', 'mastodon', 'flickr', 'google', 'google news', 'apple news', 'spotify', 'wikipedia',
    'getty', 'getty images', 'gettyimages', 'shutterstock', 'alamy', 'istock', 'istockphoto', 'epa', 'epa-efe', 'ap photo',
    'afp photo', 'reuters pictures', 'unsplash', 'pexels', 'pixabay', 'imago', 'picture alliance', 'dpa picture alliance',
    'sipa', 'abaca', 'zuma', 'zuma press', 'rex', 'rex features', 'pa images', 'pa wire', 'corbis', 'wikimedia commons',
    'wordpress', 'blogger', 'disqus', 'gravatar', 'feedburner', 'substack', 'medium',
  ],
);

/** Domains of platforms, link shorteners and the like: a page naming one is not published by it. */
export const NOT_OUTLET_DOMAINS = new Set(
  [
    'twitter.com', 'x.com', 'facebook.com', 'fb.com', 'instagram.com', 'youtube.com', 'youtu.be', 'tiktok.com',
    'whatsapp.com', 't.me', 'telegram.org', 'linkedin.com', 'pinterest.com', 'reddit.com', 'google.com', 'goo.gl',
    'bit.ly', 't.co', 'ow.ly', 'tinyurl.com', 'wikipedia.org', 'wikimedia.org', 'flickr.com', 'gettyimages.com',
    'shutterstock.com', 'apple.com', 'spotify.com', 'wordpress.com', 'wordpress.org', 'gravatar.com', 'disqus.com',
    'w3.org', 'schema.org', 'example.com',
  ],
);

/**
 * Words a newsroom signs with instead of a person's name: "<Name> Staff", "Redaktion <Name>",
 * "Redacción <Name>".
 */
export const NEWSROOM_AFTER = ['Staff', 'Staff Reporter', 'Staff Writer', 'News Desk', 'Web Desk', 'Desk', 'Newsroom', 'Team', 'Editors', 'Redaktion', 'Redactie', 'Redaksjon', 'Redaktionen', 'Redakcja', 'Redakce', 'Redação', 'Redacción', 'Redazione', 'Rédaction', 'Haber Merkezi'];
export const NEWSROOM_BEFORE = ['Redaktion', 'Redactie', 'Redaksjon', 'Redaktionen', 'Redakcja', 'Redakce', 'Redação', 'Redação do', 'Redação da', 'Redacción', 'Redazione', 'La Redazione di', 'La Redazione', 'Rédaction', 'La rédaction de', 'La rédaction', 'Redaktion der', 'Redaktion von'];

/** Words of the "Agencies" kind, in several languages: "<Outlet> / Agências". */
export const AGENCIES_WORDS = ['Agencies', 'Agency', 'Agências', 'Agência', 'Agencias', 'Agencia', 'Agenzie', 'Agences', 'Agence', 'Agenturen', 'Agentur', 'Agencje', 'Agentury', 'Ajanslar', 'wires', 'Wire services'];

/**
 * Wire services and press-release wires beyond the credit-line list in clean/phrases.ts: a page
 * that names only one of them (a copyright line, a dateline) is cited by it, but a site that
 * names itself is the outlet. Extend freely.
 */
export const MORE_WIRES = [
  'Canadian Press', 'AFX', 'AFX News', 'dpa-AFX', 'Dow Jones', 'Dow Jones Newswires', 'PR Newswire', 'Business Wire',
  'GlobeNewswire', 'Lusa', 'Belga', 'ANP', 'Ritzau', 'NTB', 'TT', 'STT', 'APA', 'SDA', 'Keystone-SDA', 'TASR', 'ČTK',
  'PAP', 'MTI', 'HINA', 'Tanjug', 'AA', 'DHA', 'İHA', 'Agerpres', 'Mediafax', 'News.ro', 'NAN', 'News Agency of Nigeria',
  'Europa Press', 'Agência Brasil', 'Notimex', 'Télam', 'Jiji', 'Jiji Press', 'Antara', 'PNA', 'Press Trust of India',
  'Interfax', 'RIA Novosti', 'Ukrinform', 'SPA', 'IRNA', 'BSS', 'APP', 'NNA', 'Bloomberg News', 'Thomson Reuters',
  'Associated Press', 'The Associated Press', 'Agence France-Presse', 'Deutsche Presse-Agentur', 'Agencia EFE',
];

let agencyKeys: Set<string> | undefined;

/** The key two mentions of one outlet share: case, accents, "The", punctuation, a domain's suffix and a company form aside. */
export function outletKey(name: string): string {
  let n = name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().trim();
  n = n.replace(/^(?:https?:\/\/)?(?:www\d?\.|m\.)/, '');
  // "example.co.uk" → "example": the registrable name is what agrees with "Example".
  const domain = /^([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*?)\.(?:[a-z]{2,3}\.)?[a-z]{2,12}\/?$/u.exec(n);
  if (domain && !n.includes(' ')) n = domain[1]!;
  n = n.replace(/^the\s+/, '');
  n = withoutCompanyForm(n).replace(/[\s,]+(?:group|media group|publishing|publications)$/u, '');
  return n.replace(/[^\p{L}\p{N}]+/gu, '');
}

const COMPANY_FORM = /[\s,]+(?:ltd|limited|inc|llc|plc|gmbh|ag|s\.?a|s\.?l|s\.?p\.?a|s\.?r\.?l|b\.?v|n\.?v|l\.?p|pty(?:\.? ltd)?|a\/s|asa|ab|oy|co|corp|corporation|company)\.?$/iu;

/** "Valley Courier Ltd." → "Valley Courier": the legal form is not part of the name a reader cites. */
export function withoutCompanyForm(name: string): string {
  return name.replace(COMPANY_FORM, '').trim();
}

export function isAgencyName(name: string): boolean {
  agencyKeys ??= new Set([...AGENCY_NAMES, ...MORE_WIRES].map((n) => outletKey(n)));
  return agencyKeys.has(outletKey(name));
}

export function isNotOutlet(name: string): boolean {
  const lower = name.toLowerCase().replace(/^the\s+/, '').trim();
  return NOT_OUTLETS.has(lower) || NOT_OUTLET_DOMAINS.has(lower.replace(/^www\./, ''));
}

function tokens(name: string): string[] {
  return name.split(/[\s\-–]+/).filter((t) => t !== '');
}

function isTradeWord(token: string): boolean {
  const t = token.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (TRADE_NOUNS.has(t)) return true;
  return TRADE_SUFFIXES.some((s) => t.length >= s.length + 3 && t.endsWith(s));
}

/**
 * A name shaped like a publication rather than a person or a section: "The …", a trade noun
 * ("… Telegraph", "… Zeitung", a compound "…krant"), a domain, a brand's inner capital
 * ("SportFace"), one acronym ("NOS"), or a number ("Channel 4").
 */
export function looksLikeOutletName(name: string): boolean {
  const ts = tokens(name);
  if (ts.length === 0) return false;
  if (/^the$/i.test(ts[0]!) && ts.length >= 2 && /^\p{Lu}/u.test(ts[1]!)) return true;
  if (ts.some(isTradeWord)) return true;
  if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,12}$/iu.test(name.trim())) return true;
  if (ts.some(isBrandCased)) return true;
  if (ts.length === 1 && /^\p{Lu}{2,6}$/u.test(ts[0]!)) return true;
  // "KVC 7", "20 Minutes": a broadcaster's number or a title that opens with one, not a scorer's minute ("Scott 51").
  if (ts.length > 3 || !ts.some((t) => /^\d{1,3}$/.test(t))) return false;
  return /^\d/.test(ts[0]!) || ts.every((t) => /^\d{1,3}$/.test(t) || /^\p{Lu}[\p{Lu}\d-]+$/u.test(t));
}

/** "SportFace", "JPost": an inner capital, unless every part is a section word ("LiveNow"). */
function isBrandCased(token: string): boolean {
  if (!/^\p{Lu}?\p{Ll}+\p{Lu}\p{L}*$/u.test(token) || /^(?:Mc|Mac)\p{Lu}/u.test(token)) return false;
  const parts = token.split(/(?=\p{Lu})/u).map((p) => p.toLowerCase());
  return !parts.every((p) => SECTION_WORDS.has(p) || TRADE_NOUNS.has(p));
}

/** Every word a section or trade word: "Latest News", "Nyheder", "Sport". */
export function isGenericName(name: string): boolean {
  return tokens(name).every((t) => {
    const w = t.toLowerCase().replace(/[^\p{L}\p{N}&]/gu, '');
    return w === '' || SECTION_WORDS.has(w) || TRADE_NOUNS.has(w);
  });
}

/** Every word a section word: "Latest", "Home", "Sport". */
export function isSectionName(name: string): boolean {
  return tokens(name).every((t) => SECTION_WORDS.has(t.toLowerCase().replace(/[^\p{L}\p{N}&]/gu, '')));
}
