/**
 * Words that tell a publication's name from other short lines, as data a user can extend: the
 * trade's nouns in the languages the indexer meets, newsroom signatures, wire services (credited,
 * never the site itself unless nothing else is named), and platforms or photo libraries (named on
 * every page, never the outlet). No publication of any test set is named here: only generic
 * nouns, and wire services a reader would cite as such.
 */
import { listedOutletOf } from './outlet-listed-index.ts';
import { AGENCY_NAMES } from '../clean/phrases.ts';
import { outletKey } from './outlet-names.ts';

/**
 * Nouns publications are named with ("… Times", "… Zeitung", "Diario …", "… Radio"). A name holding
 * one, as a word or as the end of a compound ("Morgenpost", "Webkrant"), is shaped like an outlet
 * rather than a person or a section.
 */
export const TRADE_NOUNS: readonly string[] = [
  // English
  'news',
  'newswire',
  'times',
  'post',
  'herald',
  'telegraph',
  'tribune',
  'journal',
  'gazette',
  'chronicle',
  'observer',
  'guardian',
  'independent',
  'examiner',
  'courier',
  'courant',
  'advocate',
  'advertiser',
  'argus',
  'mercury',
  'sentinel',
  'standard',
  'mirror',
  'express',
  'star',
  'sun',
  'globe',
  'record',
  'dispatch',
  'bulletin',
  'register',
  'inquirer',
  'enquirer',
  'statesman',
  'leader',
  'daily',
  'weekly',
  'monitor',
  'reporter',
  'magazine',
  'digest',
  'press',
  'radio',
  'tv',
  'fm',
  'television',
  'broadcasting',
  'media',
  'newspaper',
  'newspapers',
  'newswatch',
  // German, Dutch, Nordic
  'zeitung',
  'nachrichten',
  'blatt',
  'anzeiger',
  'kurier',
  'rundschau',
  'tagblatt',
  'presse',
  'morgenpost',
  'abendblatt',
  'merkur',
  'krant',
  'dagblad',
  'nieuws',
  'courant',
  'omroep',
  'nieuwsblad',
  'avis',
  'avisen',
  'posten',
  'tidende',
  'tidning',
  'tidningen',
  'bladet',
  'nyheter',
  'nyheder',
  'uutiset',
  'kanalen',
  'sanomat',
  // Romance
  'diario',
  'diário',
  'periódico',
  'periodico',
  'noticias',
  'notícias',
  'noticia',
  'gaceta',
  'crónica',
  'cronica',
  'heraldo',
  'gazzetta',
  'gazzettino',
  'giornale',
  'corriere',
  'notizie',
  'messaggero',
  'quotidiano',
  'jornal',
  'folha',
  'gazeta',
  'correio',
  'quotidien',
  'actu',
  'hebdo',
  'actualités',
  'ziarul',
  'știri',
  'stiri',
  // Central and eastern Europe, Turkish
  'gazeta',
  'dziennik',
  'kurier',
  'wiadomości',
  'noviny',
  'listy',
  'denník',
  'novine',
  'vijesti',
  'haber',
  'gazetesi',
  'gündem',
];

/**
 * Trade nouns of scripts without capitals (task 18out31), whole words as a name writes them: news,
 * newspaper, agency, channel, radio, journalists. Data: a language's words may be added. Read only
 * by the lead's opening name (outlet-caseless.ts `caselessLead`), where a town stands as often.
 */
export const CASELESS_TRADE_NOUNS: readonly string[] = [
  // Arabic
  'وكالة',
  'صحيفة',
  'جريدة',
  'أخبار',
  'اخبار',
  'شبكة',
  'قناة',
  'إذاعة',
  'اذاعة',
  'تلفزيون',
  'بوابة',
  // Persian, Urdu
  'خبرگزاری',
  'روزنامه',
  'روزنامہ',
  'خبرنگاران',
  'نیوز',
  'رادیو',
  'تلویزیون',
  'شبکه',
  // Bengali
  'সংবাদ',
  'পত্রিকা',
  'বার্তা',
  'নিউজ',
  'খবর',
  // Hindi
  'समाचार',
  'न्यूज़',
  'न्यूज',
  'पत्रिका',
  'खबर',
  'टाइम्स',
  // Hebrew
  'חדשות',
  'עיתון',
];

/**
 * A desk or a report signing after the publication's name in those scripts ("NAME ডিজিটাল ডেস্ক": its
 * digital desk; the Urdu "NAME رپورٹ": its report, as "Example Staff" signs in English).
 */
export const CASELESS_DESK_WORDS: readonly string[] = [
  'ডেস্ক',
  'ডিজিটাল ডেস্ক',
  'डेस्क',
  'डिजिटल डेस्क',
  'ڈیسک',
  'ویب ڈیسک',
  'نیوز ڈیسک',
  'رپورٹ',
];

/** "X Staff", "Redaktion X", "By: X Correspondents": a newsroom signing as the publication. */
export const NEWSROOM_WORDS: readonly string[] = [
  'staff',
  'staff reporter',
  'staff writer',
  'staff writers',
  'newsroom',
  'news desk',
  'desk',
  'correspondents',
  'editors',
  'editorial team',
  'editorial board',
  'news team',
  'web team',
  'digital team',
  'redaktion',
  'online-redaktion',
  'onlineredaktion',
  'redaktionen',
  'redaksjonen',
  'redaksjon',
  'redactie',
  'redacción',
  'redaccion',
  'redação',
  'redacao',
  'redazione',
  'rédaction',
  'redakcja',
  'redakce',
  'redakcia',
  'redacția',
  'redactia',
  'redaksiyon',
  'haber merkezi',
  'toimitus',
  'uredništvo',
  'redaksi',
  'ritstjórn',
  'redaktsioon',
  'redakcija',
  'redakcijos',
  'redakční rada',
  'szerkesztőség',
];

/**
 * Words that stand before a newsroom word as a phrase, not a name: its team, its pick, a member
 * of it ("Tim Redaksi", "Výběr redakce", "Equipo Redacción", "Editors' Choice").
 */
export const NEWSROOM_PHRASE_WORDS: readonly string[] = [
  'team',
  'tim',
  'tým',
  'zespół',
  'équipe',
  'equipo',
  'equipe',
  'squadra',
  'ekip',
  'ekipa',
  'ekipe',
  'pick',
  'picks',
  'choice',
  'výběr',
  'výber',
  'wybór',
  'choix',
  'selección',
  'seleção',
  'scelta',
  'keuze',
  'auswahl',
  'valg',
  'val',
  'pilihan',
  'anggota',
  'member',
  'membre',
  'miembro',
  'membro',
  'mitglied',
  'dari',
  'from',
  // The credit's "from" or "by" before the newsroom ("Da Redação", "Von der Redaktion"): no name either.
  ...['by', 'da', 'do', 'dalla', 'della', 'dal', 'del', 'de', 'du', 'des', 'der', 'von', 'vom', 'por', 'par'],
  ...['af', 'av', 'fra', 'från', 'z', 'ze', 'od', 'di', 'oleh'],
];

/**
 * Wire services and news-release services beyond the cleaner's list: credited on pages of many
 * sites, so a page naming one names a source, not itself.
 */
export const EXTRA_WIRES: readonly string[] = [
  'The Associated Press',
  'The Canadian Press',
  'Canadian Press',
  'Press Association',
  'AFX News',
  'dpa-AFX',
  'RTT News',
  'RTTNews',
  'Dow Jones',
  'Dow Jones Newswires',
  'PR Newswire',
  'Business Wire',
  'GlobeNewswire',
  'Globe Newswire',
  'Accesswire',
  'Newsfile',
  'Lusa',
  'Agência Lusa',
  'Agência Brasil',
  'Agencia Brasil',
  'Europa Press',
  'Efe',
  'Notimex',
  'Télam',
  'Telam',
  'AGI',
  'Adnkronos',
  'ANP',
  'Belga',
  'Ritzau',
  'NTB',
  'TT',
  'STT',
  'APA',
  'SDA',
  'Keystone-SDA',
  'KNA',
  'epd',
  'ČTK',
  'CTK',
  'TASR',
  'PAP',
  'MTI',
  'HINA',
  'Tanjug',
  'AA',
  'DHA',
  'İHA',
  'IHA',
  'ANKA',
  'Agerpres',
  'Mediafax',
  'News.ro',
  'NAN',
  'APS',
  'MAP',
  'SPA',
  'IRNA',
  'Antara',
  'RIA Novosti',
  'Interfax',
  'Ukrinform',
  'Sputnik',
  'Jiji',
  'Jiji Press',
  'Kyodo News',
  'Yonhap News',
  'Press Trust of India',
  'UNI',
  'SANA',
  'Petra',
  'QNA',
  'WAM',
  // The same services as pages in caseless scripts write them (Arabic, Persian, Hebrew, Chinese,
  // Japanese, Korean): a dateline there credits them as "CITY (WIRE) –" (task 18o8).
  'رويترز',
  'فرانس برس',
  'أسوشيتد برس',
  'الأناضول',
  'شينخوا',
  'واس',
  'وام',
  'قنا',
  'كونا',
  'سانا',
  'بترا',
  'واع',
  'وفا',
  'ايرنا',
  // Urdu: the Pakistani agencies as the Urdu press credits them, the initials spelled out (task 18out12).
  'اے پی پی',
  'آئی این پی',
  'این این آئی',
  'آن لائن',
  'ثنا نیوز',
  'ایرنا',
  'ایسنا',
  'ایلنا',
  'تسنیم',
  'فارس',
  'مهر',
  'רויטרס',
  '新华社',
  '新華社',
  '中新社',
  '中央社',
  '路透社',
  '法新社',
  '美联社',
  '美聯社',
  '共同社',
  '共同通信',
  '時事通信',
  'ロイター',
  '연합뉴스',
  '뉴시스',
  '뉴스1',
];

/**
 * Words of labels and sections that also hold a trade noun ("Latest News", "Local News", "Top
 * Stories"): a name with one of them is a page label, not a masthead.
 */
export const LABEL_WORDS: readonly string[] = [
  'latest',
  'release',
  'releases',
  'breaking',
  'top',
  'more',
  'related',
  'recent',
  'popular',
  'most',
  'read',
  'other',
  'all',
  'local',
  'world',
  'national',
  'international',
  'business',
  'sport',
  'sports',
  'politics',
  'live',
  'home',
  'front',
  'page',
  'our',
  'your',
  'my',
  'free',
  'today',
  'video',
  'videos',
  'photo',
  'photos',
  'opinion',
  'release',
  'contact',
  'about',
  'news',
  'stories',
  'story',
  'headlines',
  'aktuelle',
  'neueste',
  'lokale',
  'letzte',
  'últimas',
  'ultimas',
  'ultime',
  'dernières',
  'laatste',
  'siste',
  'senaste',
  'seneste',
  'son',
  'ultimele',
  'najnowsze',
  'uusimmat',
  'terbaru',
  'legfrissebb',
];

/** Platforms, tools and photo libraries: named on pages of every outlet, never the outlet. */
export const NOT_OUTLETS: readonly string[] = [
  'Facebook',
  'Twitter',
  'X',
  'YouTube',
  'Instagram',
  'WhatsApp',
  'LinkedIn',
  'TikTok',
  'Pinterest',
  'Reddit',
  'Telegram',
  'Snapchat',
  'Tumblr',
  'Flickr',
  'Vimeo',
  'WordPress',
  'Blogger',
  'Google',
  'Google News',
  'Apple',
  'Apple News',
  'Spotify',
  'Flipboard',
  'Disqus',
  'Getty Images',
  'Getty',
  'Shutterstock',
  'iStock',
  'Alamy',
  'PressReader',
  'MonsterInsights',
  'AdChoices',
  'Outbrain',
  'Taboola',
  'Wikipedia',
  'Wikimedia Commons',
  'Creative Commons',
  'Microsoft',
  'Amazon',
  'PayPal',
  'Patreon',
  'Substack',
  'Medium',
  'Mailchimp',
  // Mail providers and link shorteners: an address there says nothing about the site.
  'Gmail',
  'Googlemail',
  'Yahoo',
  'Hotmail',
  'Outlook',
  'Live',
  'MSN',
  'AOL',
  'iCloud',
  'GMX',
  'Proton',
  'ProtonMail',
  'Mail',
  'Yandex',
  'bit.ly',
  't.co',
  'goo.gl',
  'ow.ly',
  'tinyurl',
  'youtu.be',
  'fb.me',
  'wa.me',
];

/**
 * What kind of item a page is, as a title line tags it ("Headline | AUDIO", "Headline (FOTO)"):
 * a label after the headline in the place a site's name goes, never the site.
 */
const MEDIA_LABELS: readonly string[] = [
  'audio',
  'video',
  'videos',
  'vídeo',
  'vídeos',
  'videó',
  'wideo',
  'видео',
  'відео',
  'foto',
  'fotos',
  'fotó',
  'photo',
  'photos',
  'pictures',
  'gallery',
  'galerie',
  'galería',
  'galeria',
  'galleria',
  'fotogalerie',
  'fotogalería',
  'fotogalerij',
  'bildergalerie',
  'фото',
  'podcast',
  'live',
  'liveblog',
  'en direct',
  'en vivo',
  'directo',
  'ao vivo',
  'diretta',
  'na żywo',
  'infographic',
  'infografía',
  'infografik',
  'infographie',
  'infografica',
  'infográfico',
  'infografika',
  'инфографика',
  'interactive',
  // Scripts without case: Arabic, Persian, Hebrew, Hindi, Chinese, Japanese, Korean.
  'إنفوجراف',
  'انفوجراف',
  'إنفوجرافيك',
  'فيديو',
  'بالفيديو',
  'صور',
  'بالصور',
  'ویدیو',
  'וידאו',
  'वीडियो',
  '视频',
  '動画',
  '영상',
];

const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
const TRADE = lower(TRADE_NOUNS);
/** Compound endings: trade nouns long enough that a word ending in one is that kind of publication ("Morgenpost"). */
const TRADE_ENDINGS = [...TRADE].filter((w) => w.length >= 4 && /^\p{L}+$/u.test(w));
const WIRES = lower([...AGENCY_NAMES, ...EXTRA_WIRES].filter((w) => w !== 'Agency' && w !== 'Agencies'));
/** The same names under the outlet key, so "dowjones.com" or "AFX-News" meet "Dow Jones" and "AFX News". */
const WIRE_KEYS = new Set([...WIRES].map(outletKey).filter((k) => k.length >= 2));
const PLATFORMS = lower(NOT_OUTLETS);
const PLATFORM_KEYS = new Set([...PLATFORMS].map(outletKey).filter((k) => k.length >= 2));
const LABELS = lower(LABEL_WORDS);
const MEDIA = lower(MEDIA_LABELS);

/** The name holds a trade noun, as a word or as the end of a compound word. */
export function hasTradeNoun(name: string): boolean {
  for (const raw of name.toLowerCase().split(/[\s\-–/&+.,']+/u)) {
    if (raw === '') continue;
    if (TRADE.has(raw)) return true;
    if (raw.length >= 7 && TRADE_ENDINGS.some((e) => raw.length > e.length + 2 && raw.endsWith(e))) return true;
  }
  return false;
}

/**
 * A wire service ("Reuters", "The Canadian Press", "AFX News"), case and "The" aside: the hand
 * list of agencies as credits name them, or an outlet the outlet list (outlet-list.ts) marks "agency".
 */
export function isWire(name: string): boolean {
  const n = name.toLowerCase().trim();
  return WIRES.has(n) || WIRES.has(n.replace(/^the\s+/, '')) || WIRE_KEYS.has(outletKey(name)) || listedOutletOf(name)?.kind === 'agency';
}

/**
 * Shaped like a publication's name: it holds a trade noun and is no page label ("Latest News"),
 * or it is only trade nouns and more than one ("Daily News", "Radio Times").
 */
export function outletShaped(name: string): boolean {
  const words = name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length === 0 || !hasTradeNoun(name)) return false;
  // A trade noun alone ("News", "Nyheder", "Notícias") is a section label, and so is one compounded
  // with a label word ("Lokalnachrichten", "Paikallisuutiset": local news).
  if (words.length === 1 && (TRADE.has(words[0]!) || labelCompound(words[0]!))) return false;
  const distinctive = words.filter((w) => !LABELS.has(w));
  if (distinctive.length === words.length) return true;
  // Only label and trade words: a masthead when every word is a trade noun ("Daily News"), a label otherwise.
  return words.length >= 2 && words.every((w) => TRADE.has(w)) && words.some((w) => !LABELS.has(w));
}

/**
 * Words of the trade and labels only, with no "The" and not shaped like a publication ("National
 * News", "Latest News", "Local Sport"): a section's heading, whatever outlet the list spells so
 * (task 18out8).
 */
export function sectionPhrase(name: string): boolean {
  const words = name
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => w !== '');
  // "The" before it makes it a title ("The National News"); a heading has none.
  return words.length >= 2 && words[0] !== 'the' && words.every((w) => TRADE.has(w) || LABELS.has(w)) && !outletShaped(name);
}

/**
 * One word that is the trade's noun alone, a label, or a compound of both ("Nieuws", "Sport",
 * "Lokalnachrichten"): a section's name beside a date ("Nieuws - 15 maart 2022"), never a site's.
 */
export function sectionWord(name: string): boolean {
  const w = name.toLowerCase();
  return !/\s/u.test(w) && (TRADE.has(w) || LABELS.has(w) || labelCompound(w));
}

/**
 * The first parts of compound section names in the languages that write them as one word (German,
 * Dutch, the Nordic languages, Finnish, Estonian, Hungarian): local, regional, domestic, foreign,
 * world, sport, latest. With a trade noun after them they name a section, never a publication.
 */
const COMPOUND_LABELS = new Set(
  'lokal lokale lokalen regional regionale regionalen inland ausland welt sport letzte neueste binnenland buitenland wereld lokaal regio laatste indland udland inrikes utrikes innenriks utenriks lokala lokale siste senaste seneste paikallis alue kotimaan ulkomaan urheilu uusimmat kohalik välis sise helyi belföldi külföldi legfrissebb'.split(
    ' ',
  ),
);

/** A compound of a label word and a trade noun ("Lokalnachrichten"): a section's name. */
function labelCompound(word: string): boolean {
  const ending = TRADE_ENDINGS.find((e) => word.length > e.length + 2 && word.endsWith(e));
  if (ending === undefined) return false;
  const first = word.slice(0, -ending.length).replace(/[-s]$/u, '');
  return COMPOUND_LABELS.has(first) || LABELS.has(first) || COMPOUND_LABELS.has(word.slice(0, -ending.length));
}

export function isPlatform(name: string): boolean {
  return PLATFORMS.has(name.toLowerCase().trim()) || PLATFORM_KEYS.has(outletKey(name));
}

/**
 * A prompt to follow the site: the verbs, as a regex alternation (outlet-mentions.ts's and
 * outlet-prompts.ts's follow patterns each add their own few). No verb is a prefix of another, so
 * the order of the alternatives does not change what a pattern captures.
 */
export const FOLLOW_VERBS = 'follow|folgen sie|suivez|siga|segui|sigue a|volg|følg|följ';
/** The platforms a follow prompt names, as a regex alternation, capitals as written. */
export const FOLLOW_PLATFORMS = 'WhatsApp|Google News|Telegram|Facebook|Instagram|Twitter|TikTok|YouTube|LinkedIn|Threads|Bluesky';

/** Social and messaging platforms, where a site keeps channels and pages under its name. */
const SOCIAL = /^(?:facebook|twitter|youtube|instagram|whatsapp|linkedin|tiktok|telegram|snapchat|pinterest|reddit|threads|bluesky)$/;

/**
 * A name with a social platform inside, after its first word ("Channel Telegram Example", "Latest
 * News on WhatsApp"): a prompt to follow a channel, read as a name by a byline or follow pattern
 * ("… di Channel Telegram Example", Indonesian "di" = "on"). A platform first is the platform's
 * own product or a paper named like one ("Apple Daily"): left to isPlatform, unless "of" follows it.
 */
export function hasPlatformInside(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/u);
  if (words.length < 2) return false;
  // "WhatsApp de Example", "Telegram di Example": the platform's channel of a site (task 18out3).
  if (SOCIAL.test(words[0]!) && OF_WORD.test(words[1]!)) return true;
  return words.slice(1).some((w) => SOCIAL.test(w));
}
/** "of" before the channel's owner, in the languages of the channel prompts. */
const OF_WORD = /^(?:of|de|di|do|da|del|du|des|von|van|af|av|z|od|dari)$/u;

/** A media kind tagged on a title line ("AUDIO", "Foto + Video"), in any case. */
export function isMediaLabel(name: string): boolean {
  const parts = name.toLowerCase().split(/\s*[+&/,]\s*|\s+(?:and|und|et|y|e|i|и)\s+/u);
  return parts.every((p) => MEDIA.has(p.trim()));
}

/**
 * The sections and menu items of a news site, in the languages of the labelled sets (task 18out12):
 * the words a title line's suffix, a masthead, a label over each item of a list or a glued menu
 * puts where a site's name goes ("Kommun och politik | Info", "Nacional" over each headline,
 * "Download App Advertise with us"). A data list like the wires above: a word missing from it
 * leaves that name to be weighed as before this list existed.
 */
const SECTION_NAMES: readonly string[] = [
  // English
  'home',
  'contact',
  'about',
  'national',
  'international',
  'video',
  'videos',
  'photos',
  'info',
  'information',
  'nation',
  'world',
  'local',
  'regional',
  'politics',
  'business',
  'economy',
  'finance',
  'markets',
  'sport',
  'sports',
  'culture',
  'entertainment',
  'lifestyle',
  'society',
  'science',
  'technology',
  'tech',
  'health',
  'education',
  'opinion',
  'opinions',
  'editorial',
  'weather',
  'crime',
  'environment',
  'travel',
  'arts',
  'gallery',
  'advertise',
  'advertising',
  'advertisement',
  'newsletter',
  'newsletters',
  'subscribe',
  'archive',
  'archives',
  'events',
  'obituaries',
  'classifieds',
  'jobs',
  'community',
  'features',
  'analysis',
  'interviews',
  'blog',
  'blogs',
  'podcast',
  'podcasts',
  // Spanish, Portuguese, Catalan
  'nacional',
  'internacional',
  'política',
  'politica',
  'economía',
  'economia',
  'deportes',
  'cultura',
  'sociedad',
  'opinión',
  'mundo',
  'sucesos',
  'tecnología',
  'ciencia',
  'salud',
  'educación',
  'espectáculos',
  'entretenimiento',
  'policiales',
  'actualidad',
  'portada',
  'publicidad',
  'esporte',
  'esportes',
  'desporto',
  'sociedade',
  'opinião',
  'polícia',
  'saúde',
  'educação',
  'tecnologia',
  'ciência',
  'cidades',
  'geral',
  'publicidade',
  'actualitat',
  'societat',
  // French, Italian
  'politique',
  'économie',
  'société',
  'monde',
  'santé',
  'sciences',
  'éducation',
  'régions',
  'publicité',
  'actualité',
  'cronaca',
  'esteri',
  'interni',
  'spettacoli',
  'società',
  'opinioni',
  'salute',
  'scienza',
  'pubblicità',
  'attualità',
  // German, Dutch, Nordic
  'politik',
  'wirtschaft',
  'kultur',
  'gesellschaft',
  'lokales',
  'regionales',
  'meinung',
  'wissen',
  'gesundheit',
  'reise',
  'ausland',
  'inland',
  'werbung',
  'anzeige',
  'anzeigen',
  'aktuelles',
  'binnenland',
  'buitenland',
  'politiek',
  'economie',
  'cultuur',
  'opinie',
  'regio',
  'wetenschap',
  'gezondheid',
  'advertentie',
  'inrikes',
  'utrikes',
  'ekonomi',
  'nöje',
  'debatt',
  'lokalt',
  'innenriks',
  'utenriks',
  'økonomi',
  'indland',
  'udland',
  'kulttuuri',
  'talous',
  'urheilu',
  'kotimaa',
  'ulkomaat',
  // Polish, Czech, Romanian, Hungarian, Turkish, Indonesian
  'kraj',
  'świat',
  'polityka',
  'gospodarka',
  'opinie',
  'reklama',
  'domácí',
  'zahraničí',
  'politika',
  'ekonomika',
  'názory',
  'politică',
  'cultură',
  'externe',
  'actualitate',
  'publicitate',
  'belföld',
  'külföld',
  'gazdaság',
  'kultúra',
  'vélemény',
  'siyaset',
  'spor',
  'kültür',
  'dünya',
  'yaşam',
  'sağlık',
  'magazin',
  'asayiş',
  'yerel',
  'reklam',
  'nasional',
  'internasional',
  'olahraga',
  'hiburan',
  'daerah',
  'hukum',
  'kriminal',
  'peristiwa',
  'iklan',
  // Greek, Russian
  'πολιτική',
  'οικονομία',
  'αθλητισμός',
  'πολιτισμός',
  'κοινωνία',
  'κόσμος',
  'διεθνή',
  'политика',
  'экономика',
  'спорт',
  'культура',
  'общество',
  'происшествия',
  'реклама',
  // Scripts without case: Arabic, Korean, Japanese, Chinese
  'سياسة',
  'اقتصاد',
  'رياضة',
  'ثقافة',
  'مجتمع',
  'حوادث',
  'منوعات',
  '사회',
  '정치',
  '경제',
  '국제',
  '문화',
  '스포츠',
  '연예',
  '사건사고',
  '지역',
  '전국',
  '광고',
  '社会',
  '政治',
  '経済',
  '国際',
  'スポーツ',
  '经济',
  '国际',
  '体育',
  '文化',
  '娱乐',
  '财经',
  '科技',
  '广告',
  '滚动',
];
const SECTIONS = new Set(SECTION_NAMES);
/** A product after a name ("Example Newsletter", "Example App"): with no name before it, a label. */
const PRODUCT_TAIL = /\s+(?:newsletters?|app|apps|podcasts?|alerts?)$/iu;

/**
 * A section's or a menu item's name, not a site's: one section word ("Info", "Nacional",
 * "Advertise"), section words only ("Inrikes politik"), or a product named after
 * a word of the trade alone ("Daily Newsletter"). A site's own name holds a word of its own.
 */
export function sectionName(name: string): boolean {
  const lower = name.toLowerCase().trim();
  const base = lower.replace(PRODUCT_TAIL, '');
  const words = base.split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0) return false;
  if (words.length === 1) return SECTIONS.has(words[0]!) || (base !== lower && TRADE.has(words[0]!));
  return words.every((w) => SECTIONS.has(w));
}
