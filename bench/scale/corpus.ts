/**
 * The benchmark corpus: exactly N paragraphs of real BBC News text, repeated as often as needed.
 * Each copy of an article gets its own id and a deterministic year (1990–2025), date and outlet
 * (one of 40), so facets and filters have real work. Written as JSONL files under 8 MB (the
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

export interface BenchRecord {
  id: string;
  title: string;
  text: string;
  date: string;
  outlet: string;
  url: string;
  language: string;
}

/** Records holding `paragraphs` paragraphs in all (the last article may be cut short). */
export function* records(source: SourceArticle[], paragraphs: number): Generator<BenchRecord> {
  let left = paragraphs;
  for (let n = 0; left > 0; n++) {
    const article = source[n % source.length]!;
    const copy = Math.floor(n / source.length);
    const h = mix(n);
    const year = FIRST_YEAR + (h % (LAST_YEAR - FIRST_YEAR + 1));
    const month = 1 + ((h >>> 8) % 12);
    const day = 1 + ((h >>> 12) % 28);
    const body = article.paragraphs.slice(0, left);
    left -= body.length;
    const id = `c${copy}-${article.name}`;
    yield {
      id,
      title: article.title,
      text: body.join('\n\n'),
      date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      outlet: OUTLETS[(h >>> 20) % OUTLETS.length]!,
      url: `https://news.example/${id}`,
      language: 'en',
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
  paragraphs: number;
  bytes: number;
}

/** Write the corpus (and the repository's synonym list, so synonym queries mean something), flushed to disk. */
export function writeCorpus(newsDir: string, dir: string, paragraphs: number, synonymsFile: string | null): WrittenCorpus {
  fs.mkdirSync(dir, { recursive: true });
  if (synonymsFile !== null && fs.existsSync(synonymsFile)) fs.copyFileSync(synonymsFile, path.join(dir, 'synonyms.yaml'));
  const source = readSource(newsDir);
  let files = 0;
  let articles = 0;
  let written = 0;
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
    written += record.text.split('\n\n').length;
  }
  flush();
  return { dir, files, articles, paragraphs: written, bytes };
}
