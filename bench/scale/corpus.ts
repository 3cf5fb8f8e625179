/**
 * The benchmark corpus: exactly N paragraphs of real BBC News text, repeated as often as needed,
 * as a scraper's records: with page furniture around the story, and most of them stating no
 * language (see `records`). Each copy of an article gets its own id and a deterministic year
 * (1990–2025), date and outlet (one of 40), so facets and filters have real work. Written as JSONL files under 8 MB (the
 * indexer refuses files over 10 MB), in a temporary folder: the BBC corpus is read in place.
 */
import fs from 'node:fs';
import path from 'node:path';

export const OUTLETS: readonly string[] = Array.from(
  { length: 40 },
  (_, i) => `Outlet ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i - 25 : ''}`,
);
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2025;
const FILE_BYTES = 8_000_000;

export interface SourceArticle {
  name: string;
  title: string;
  paragraphs: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A BBC News text file's contents. The copy in ../shared is UTF-8 (its £ signs are two bytes);
 * the dataset is also published as Latin-1, so a file that is not valid UTF-8 is read as that.
 */
function readBbcFile(file: string): string {
  const bytes = fs.readFileSync(file);
  try {
    return utf8.decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/** The BBC articles in path order: headline line, then paragraphs separated by blank lines. */
export function readSource(newsDir: string): SourceArticle[] {
  const out: SourceArticle[] = [];
  for (const section of fs.readdirSync(newsDir).sort()) {
    const dir = path.join(newsDir, section);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const file of fs.readdirSync(dir).sort()) {
      if (!file.endsWith('.txt')) continue;
      const [title = '', ...rest] = readBbcFile(path.join(dir, file)).replace(/\r\n?/g, '\n').split('\n');
      const paragraphs = rest
        .join('\n')
        .split(/\n[ \t]*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter((p) => p !== '');
      if (paragraphs.length > 0) out.push({ name: `${section}-${file.replace(/\.txt$/, '')}`, title: title.trim(), paragraphs });
    }
  }
  if (out.length === 0) throw new Error(`no articles under ${newsDir}`);
  return out;
}

/** A small deterministic hash, so every run gives article n the same year and outlet. */
export function mix(n: number): number {
  let x = (n + 0x9e3779b9) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * A record as a scraper's export gives it. `title`, `id` and `url` always: a scraper has them.
 * The rest as real exports carry them (bench/scale/corpus.ts's `records`): most state no language,
 * half state no outlet and a quarter no date, which the indexer then reads from the page.
 */
export interface BenchRecord {
  id: string;
  title: string;
  text: string;
  url: string;
  date?: string;
  outlet?: string;
  language?: string;
}

/** An outlet's site name in its URLs: "Outlet B3" is www.outlet-b3.example. */
export function outletSlug(outlet: string): string {
  return outlet.toLowerCase().replace(/\s+/g, '-');
}

/**
 * A record's year and outlet, stated or not: its URL holds both (www.<outlet>.example/news/<yyyy>/<mm>/<dd>/...),
 * as many news sites' addresses do. For the plain baseline, which reads no pages.
 */
export function recordFacets(record: BenchRecord): { year: number; outlet: string } {
  const m = /^https:\/\/www\.([a-z0-9-]+)\.example\/news\/(\d{4})\//.exec(record.url);
  if (m === null) throw new Error(`not a bench record's URL: ${record.url}`);
  return { year: Number(m[2]), outlet: OUTLETS.find((o) => outletSlug(o) === m[1]) ?? m[1]! };
}

/*
 * What scraped pages carry around the story and a clean text corpus does not: the headline again,
 * a byline, a date stamp, a photo credit, an advertisement slot, a share prompt, a pointer to
 * another story and the site's copyright footer. The cleaner must read and drop these lines on every
 * page (docs/ingestion.md), and for an article that states no date or outlet the date stamp and
 * the footer are what the indexer infers them from. The wording is the trade's usual English (the
 * text is English); the names are made up.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FIRST_NAMES = ['Anna', 'David', 'Maria', 'James', 'Sofia', 'Peter', 'Laura', 'Tom', 'Helen', 'Omar', 'Julia', 'Mark'];
const LAST_NAMES = ['Hartley', 'Moreno', 'Kowalski', 'Brennan', 'Lindqvist', 'Okafor', 'Delacroix', 'Fenwick', 'Aldridge', 'Castell'];
const ROLES = ['', '', ', Business reporter', ', Political correspondent', ', Technology editor'];
const CREDITS = ['Image: Getty Images', 'Photograph: Reuters', 'Photo: AFP', 'Image source: EPA', 'Picture: PA Media'];
const SHARE = ['Share this article', 'Share', 'Share on Facebook', 'Share this story'];
const MORE = ['Read more:', 'Related:', 'See also:', 'More on this story:'];

function dateStamp(h: number, year: number, month: number, day: number): string {
  const name = MONTHS[month - 1]!;
  const time = `${String(7 + (h % 14)).padStart(2, '0')}:${String((h >>> 4) % 60).padStart(2, '0')}`;
  switch ((h >>> 10) % 3) {
    case 0:
      return `Published ${day} ${name} ${year}`;
    case 1:
      return `${name} ${day}, ${year} ${time}`;
    default:
      return `${day} ${name} ${year}, ${time}`;
  }
}

/** Records holding `paragraphs` paragraphs of story text in all (the last article may be cut short), with page furniture around them. */
export function* records(source: SourceArticle[], paragraphs: number): Generator<BenchRecord> {
  let left = paragraphs;
  for (let n = 0; left > 0; n++) {
    const article = source[n % source.length]!;
    const copy = Math.floor(n / source.length);
    const h = mix(n);
    const year = FIRST_YEAR + (h % (LAST_YEAR - FIRST_YEAR + 1));
    const month = 1 + ((h >>> 8) % 12);
    const day = 1 + ((h >>> 12) % 28);
    const outlet = OUTLETS[(h >>> 20) % OUTLETS.length]!;
    const body = article.paragraphs.slice(0, left);
    left -= body.length;
    const id = `c${copy}-${article.name}`;
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    // Independent draws for what is stated and what the page carries.
    const g = mix(n ^ 0x5bd1e995);
    const statesLanguage = g % 10 === 0;
    const statesOutlet = ((g >>> 4) & 1) === 0;
    const statesDate = ((g >>> 5) & 3) !== 0;
    const lines: string[] = [];
    if ((g >>> 7) % 3 === 0) lines.push(article.title);
    if (((g >>> 9) & 1) === 0) {
      const name = `${FIRST_NAMES[(g >>> 10) % FIRST_NAMES.length]} ${LAST_NAMES[(g >>> 14) % LAST_NAMES.length]}`;
      lines.push(`By ${name}${ROLES[(g >>> 18) % ROLES.length]}`);
    }
    if (!statesDate || ((g >>> 21) & 1) === 0) lines.push(dateStamp(g >>> 3, year, month, day));
    if ((g >>> 22) % 3 === 0) lines.push(SHARE[(g >>> 24) % SHARE.length]!);
    lines.push(body[0]!);
    if (((g >>> 26) & 3) === 0) lines.push(CREDITS[(g >>> 12) % CREDITS.length]!);
    const middle = body.length >> 1;
    for (let i = 1; i < body.length; i++) {
      if (i === middle && ((g >>> 28) & 3) === 0) lines.push('Advertisement');
      lines.push(body[i]!);
    }
    if ((h >>> 24) % 3 === 0) lines.push(`${MORE[(h >>> 26) % MORE.length]} ${source[(n * 7 + 3) % source.length]!.title}`);
    if (!statesOutlet || ((g >>> 30) & 1) === 0) lines.push(`© ${outlet} ${year}. All rights reserved.`);
    yield {
      id,
      title: article.title,
      text: lines.join('\n\n'),
      url: `https://www.${outletSlug(outlet)}.example/news/${date.replaceAll('-', '/')}/${id}`,
      ...(statesDate ? { date } : {}),
      ...(statesOutlet ? { outlet } : {}),
      ...(statesLanguage ? { language: 'en' } : {}),
    };
  }
}

/**
 * Writes a file and waits until it is on disk. The indexer is timed right after the corpus is
 * written: left in the page cache as dirty pages (~500 MB at 1M paragraphs), the kernel would
 * write them back 30 s later, in the middle of the timed build, which is the bench's own work and
 * not the indexer's (a user's corpus has been on disk for long).
 */
function writeToDisk(file: string, text: string): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export interface WrittenCorpus {
  dir: string;
  files: number;
  articles: number;
  /** Story paragraphs (what the indexer should keep). */
  paragraphs: number;
  /** Page furniture lines around them (what the cleaner should drop). */
  furniture: number;
  bytes: number;
}

/** Write the corpus (and the repository's synonym list, so synonym queries mean something), flushed to disk. */
export function writeCorpus(newsDir: string, dir: string, paragraphs: number, synonymsFile: string | null): WrittenCorpus {
  fs.mkdirSync(dir, { recursive: true });
  if (synonymsFile !== null && fs.existsSync(synonymsFile)) fs.copyFileSync(synonymsFile, path.join(dir, 'synonyms.yaml'));
  const source = readSource(newsDir);
  let files = 0;
  let articles = 0;
  let lines = 0;
  let bytes = 0;
  let chunks: string[] = [];
  let chunkBytes = 0;
  const flush = () => {
    if (chunks.length === 0) return;
    files++;
    writeToDisk(path.join(dir, `part-${String(files).padStart(5, '0')}.jsonl`), chunks.join(''));
    chunks = [];
    chunkBytes = 0;
  };
  for (const record of records(source, paragraphs)) {
    const line = `${JSON.stringify(record)}\n`;
    const size = Buffer.byteLength(line);
    if (chunkBytes + size > FILE_BYTES) flush();
    chunks.push(line);
    chunkBytes += size;
    bytes += size;
    articles++;
    lines += record.text.split('\n\n').length;
  }
  flush();
  return { dir, files, articles, paragraphs, furniture: lines - paragraphs, bytes };
}
