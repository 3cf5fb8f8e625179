/**
 * Notices about the reader's browser or device, not the story: an outdated or unsupported browser,
 * JavaScript switched off, the outlet's app to download. Sites print them above or below the
 * article in their own language, often as several sentences of instructions ("Your browser is out
 * of date. Please update it to the latest version, or switch to …"), so a line is taken when it
 * opens with such a notice, up to `MAX_NOTICE_WORDS`: a story about browsers names them inside
 * its sentences, not at their start in the site's voice ("your browser", "please enable").
 *
 * The lexicon is the trade's, in the languages the labelled sets hold and their neighbours; no
 * phrase is copied from one page.
 */
import type { PhraseRule } from './phrases.ts';

/** The browser is too old or unsupported, or its scripts are off. */
const BROWSER = [
  // English
  'your (?:web )?browser (?:is|seems to be|appears to be) (?:out of date|outdated|too old|old|not (?:fully )?supported|no longer supported|unsupported)',
  "your (?:web )?browser (?:does not|doesn't|cannot|can't) (?:support|display|play)",
  'you are using an? (?:outdated|old|older|unsupported|out-of-date) (?:web )?browser',
  '(?:please )?(?:update|upgrade) your (?:web )?browser',
  '(?:please )?(?:enable|turn on|activate|allow) javascript',
  'javascript (?:is|must be|seems to be|appears to be) (?:disabled|required|turned off|switched off|not enabled)',
  'you (?:need|have) to enable javascript',
  'this (?:site|website|page) (?:works best|is best viewed|requires javascript)',
  // German
  'ihr browser (?:ist (?:veraltet|nicht mehr aktuell|zu alt)|wird nicht (?:mehr )?unterstützt|unterstützt (?:kein|keine|das|die|den))',
  'sie (?:verwenden|nutzen) einen (?:veralteten|alten|nicht unterstützten) browser',
  'bitte aktualisieren sie ihren browser',
  '(?:bitte )?aktivieren sie (?:bitte )?javascript',
  'javascript ist (?:deaktiviert|nicht aktiviert|ausgeschaltet)',
  // French
  'votre navigateur (?:n.est plus à jour|n.est pas à jour|est obsolète|est trop ancien|n.est pas (?:pris en charge|supporté|compatible)|ne (?:supporte|prend) pas)',
  'vous utilisez un navigateur (?:obsolète|ancien|dépassé|non supporté)',
  'veuillez (?:activer (?:le )?javascript|mettre à jour votre navigateur)',
  '(?:activez|activer) (?:le )?javascript',
  // Spanish, Catalan
  '(?:tu|su) navegador (?:está desactualizado|es (?:antiguo|obsoleto)|no es compatible|no (?:soporta|admite)|no está soportado)',
  '(?:estás|está) usando un navegador (?:antiguo|obsoleto|desactualizado)',
  'actuali(?:za|ce) (?:tu|su) navegador',
  '(?:por favor,? )?(?:habilita|habilite|activa|active) (?:el )?javascript',
  'el (?:teu|vostre) navegador (?:no està actualitzat|és obsolet)',
  // Italian
  'il tuo browser (?:non è aggiornato|è obsoleto|non è supportato|non supporta)',
  'stai (?:utilizzando|usando) un browser (?:obsoleto|non aggiornato|non supportato)',
  'aggiorna il tuo browser',
  '(?:abilita|attiva) (?:il )?javascript',
  // Portuguese
  '(?:o )?(?:seu|teu) navegador (?:está desatualizado|é antigo|não é suportado|não suporta|não é compatível)',
  '(?:você está|está a) (?:usando|utilizar) um navegador (?:desatualizado|antigo)',
  'atualize o (?:seu )?navegador',
  '(?:ative|ativa|habilite) o javascript',
  // Dutch
  '(?:uw|je|jouw) browser (?:is verouderd|is niet up-to-date|wordt niet (?:meer )?ondersteund)',
  '(?:u|je) gebruikt een (?:verouderde|oude) browser',
  'schakel javascript in',
  // Scandinavian
  'din webbläsare (?:är (?:föråldrad|för gammal|inte uppdaterad)|stöds inte|stödjer inte)',
  'du använder en (?:föråldrad|gammal) webbläsare',
  'din browser (?:er forældet|er for gammel|understøttes ikke)',
  'du bruger en (?:forældet|gammel) browser',
  '(?:din )?nettleser(?:en din)? (?:er utdatert|er for gammel|støttes ikke)',
  'du bruker en (?:utdatert|gammel) nettleser',
  'aktiv(?:er|era) javascript',
  // Finnish, Estonian, Latvian, Lithuanian
  'selaimesi on vanhentunut',
  'selaintasi ei tueta',
  'käytät vanhentunutta selainta',
  'ota javascript käyttöön',
  'teie (?:veebi)?brauser on aegunud',
  'jūsu pārlūk(?:programma|s) ir novecojusi',
  'jūsų naršyklė (?:yra )?(?:pasenusi|nepalaikoma)',
  // Polish, Czech, Slovak
  '(?:twoja|ta) przeglądarka (?:jest (?:przestarzała|nieaktualna)|nie jest (?:wspierana|obsługiwana))',
  'korzystasz z (?:przestarzałej|nieaktualnej) przeglądarki',
  'zaktualizuj (?:swoją )?przeglądarkę',
  'włącz (?:obsługę )?javascript',
  '(?:váš|tvůj) prohlížeč (?:je zastaralý|není podporován)',
  '(?:povolte|zapněte) (?:si )?javascript',
  'váš prehliadač (?:je zastaraný|nie je podporovaný)',
  'povoľte javascript',
  // Hungarian, Romanian
  '(?:az ön )?böngészője elavult',
  'a böngésződ elavult',
  '(?:engedélyezze|kapcsolja be) a javascriptet',
  'browserul (?:tău|dvs\\.?|dumneavoastră) (?:este (?:învechit|depășit)|nu este suportat)',
  'activați javascript',
  // Turkish, Greek
  'tarayıcınız (?:güncel değil|eski|desteklenmiyor)',
  'eski bir tarayıcı kullanıyorsunuz',
  'javascript.?i etkinleştirin',
  '(?:ο browser σας|ο φυλλομετρητής σας|το πρόγραμμα περιήγησής σας) (?:είναι (?:παλιός|παλιό|παρωχημένο)|δεν υποστηρίζεται)',
  'ενεργοποιήστε (?:τη |το )?javascript',
  // Russian, Ukrainian, Bulgarian, Serbian, Croatian, Slovene
  'ваш браузер (?:устарел|не поддерживается|застарів|не підтримується)',
  'вы используете устаревший браузер',
  'ви використовуєте застарілий браузер',
  'вашият браузър (?:е остарял|не се поддържа)',
  '(?:включите|увімкніть) javascript',
  'vaš (?:preglednik|pretraživač|browser) je (?:zastario|zastareo)',
  '(?:omogućite|uključite) javascript',
  'vaš brskalnik je zastarel',
  'omogočite javascript',
  // Vietnamese, Indonesian, Malay
  'trình duyệt của bạn (?:đã cũ|đã lỗi thời|không hỗ trợ)',
  'vui lòng bật javascript',
  'browser anda (?:sudah usang|tidak mendukung|tidak disokong|tidak didukung)',
  'aktifkan javascript',
  // Chinese, Japanese, Korean, Arabic, Hebrew, Hindi
  '您的浏览器(?:版本)?(?:过低|太低|过旧|不支持)',
  '您的瀏覽器(?:版本)?(?:過低|太低|過舊|不支援)',
  '请(?:启用|开启)\\s?javascript',
  '請(?:啟用|開啟)\\s?javascript',
  'お使いのブラウザ(?:は|では)',
  'javascriptを有効に',
  '(?:브라우저|브라우져)(?:가|는) (?:지원되지|오래된)',
  '자바스크립트(?:를|가) (?:활성화|사용)',
  'متصفحك (?:قديم|غير مدعوم)',
  'הדפדפן שלך (?:אינו|לא) (?:נתמך|מעודכן)',
  'आपका ब्राउज़र (?:पुराना|समर्थित नहीं)',
];

/** The outlet's own app, offered in its voice ("our app") or by the stores that carry it. */
const APP = [
  'download (?:our|the \\S+) (?:free )?(?:news )?app',
  'get (?:our|the \\S+) (?:free )?(?:news )?app',
  'download on the app store|get it on google play|available on the app store',
  '(?:laden sie|hol dir|holen sie sich) (?:unsere|die \\S+) (?:kostenlose |neue )?app',
  'téléchargez (?:notre|l.)(?:application| app)',
  'descarg(?:a|ue) (?:nuestra|la) (?:app|aplicación)',
  'scarica (?:la nostra |l.)app',
  'baix(?:e|a) (?:o nosso |o )?(?:app|aplicativo)',
  'descarregue a (?:nossa )?app',
  'download onze app',
  'ladda ner vår app',
  'hent vores app',
  'last ned appen vår',
  'lataa sovelluksemme',
  'pobierz naszą aplikację',
  'stáhněte si naši aplikaci',
  'töltse le (?:az )?alkalmazásunkat',
  'descarcă aplicația noastră',
  'uygulamamızı (?:indirin|indir)',
  'скачайте наше приложение',
  'завантажте наш (?:додаток|застосунок)',
];

const DEVICE_NOTICE = new RegExp(`^(?:[!•*\\-–—]\\s*)?(?:${[...BROWSER, ...APP].join('|')})(?!\\p{L})`, 'iu');
/** Longest line taken: the notice and its instructions, a few sentences. */
const MAX_NOTICE_WORDS = 60;

/**
 * The notice opens the line: only its first characters are searched. The pattern is anchored, so
 * it fails at once on most lines (~0.2 µs a line over the BBC corpus; a cue word searched through
 * the whole line first cost ~1.5 µs).
 */
const NOTICE_HEAD = 60;

function isDeviceNotice(text: string): boolean {
  const head = text.length > NOTICE_HEAD ? text.slice(0, NOTICE_HEAD) : text;
  return DEVICE_NOTICE.test(head);
}

export const DEVICE_NOTICE_RULES: readonly PhraseRule[] = [{ reason: 'promotion', maxWords: MAX_NOTICE_WORDS, test: isDeviceNotice }];
