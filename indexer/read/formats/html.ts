/**
 * Saved web pages. The main text comes from Mozilla's Readability (Firefox Reader View) on a
 * linkedom DOM, which is fast enough to parse every page of a corpus; what the page states about
 * itself comes from `<meta>` tags and JSON-LD. The text is then laid out as lines (headline first,
 * one block per paragraph) so the shared cleaner can still drop the junk Readability keeps
 * (share prompts, credits, related-headline lists inside the article container).
 */
import { createRequire } from 'node:module';
import type { DroppedLine } from '../../../engine/contract/types.ts';
import { dateFieldValue } from '../../infer/dates.ts';
import { statedField } from '../../infer/stated-meta.ts';
import type { StatedMeta } from '../../types.ts';
import type { ReaderOutput } from './index.ts';

type HtmlLibraries = { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability };
let libraries: HtmlLibraries | null = null;

/**
 * linkedom and Readability, loaded when the first HTML page is read: ~270 modules whose loading
 * was a third of every indexer start (~0.35 s CPU), on corpora that hold no HTML too. `require`
 * keeps the reader synchronous (linkedom's CommonJS build, the same code as its ES module).
 */
function htmlLibraries(): HtmlLibraries {
  if (libraries === null) {
    const require = createRequire(import.meta.url);
    libraries = { parseHTML: require('linkedom').parseHTML, Readability: require('@mozilla/readability').Readability };
  }
  return libraries;
}

type Meta = NonNullable<ReaderOutput['metaFrom']>;

export function readHtml(html: string): ReaderOutput {
  const { parseHTML, Readability } = htmlLibraries();
  const { document } = parseHTML(html);
  const stated = readPageMeta(document as unknown as Document);

  // Readability rewrites the DOM it is given, so metadata is read first.
  const article = new Readability(document as unknown as Document, { serializer: (node: Node) => node }).parse();
  const container = (article?.content as Node | null | undefined) ?? (document.body as unknown as Node | null);
  const lines: string[] = [];
  const dropped: DroppedLine[] = [];
  const headingLines: number[] = [];
  const title = clean(article?.title ?? document.title ?? '');
  if (title) lines.push(title, '');
  if (container) layOut(container, lines, dropped, headingLines);

  const out: ReaderOutput = {
    text: lines.join('\n'),
    meta: stated.meta,
    metaFrom: stated.from,
    dropped,
    headingLines,
    warnings: stated.warnings,
  };
  const byline = stated.byline ?? (article?.byline ? { value: clean(article.byline), from: 'page byline' } : undefined);
  if (byline?.value) out.byline = byline;
  return out;
}

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGURE',
  'FIGCAPTION',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TR',
  'TD',
  'TH',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'IFRAME']);

/**
 * One line per leaf block, a blank line between blocks, so paragraphs stay paragraphs. A
 * `<figcaption>` is a caption by its markup and is dropped here with that reason.
 */
function layOut(root: Node, lines: string[], dropped: DroppedLine[], headingLines: number[]): void {
  let inline = '';
  const flush = () => {
    const text = clean(inline);
    inline = '';
    if (!text) return;
    lines.push(text, '');
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        inline += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') {
        inline += '\n';
        continue;
      }
      if (!BLOCKS.has(tag)) {
        walk(child);
        continue;
      }
      flush();
      if (tag === 'FIGCAPTION') {
        const text = clean(child.textContent ?? '');
        if (text) {
          dropped.push({ line: lines.length + 1, reason: 'caption', text });
          lines.push('', '');
        }
        continue;
      }
      if (/^H[1-6]$/.test(tag)) {
        const text = clean(child.textContent ?? '');
        if (text) {
          headingLines.push(lines.length + 1);
          lines.push(text, '');
        }
        continue;
      }
      walk(child);
      flush();
    }
  };
  walk(root);
  flush();
}

/** Whitespace collapsed; `<br>` inside a paragraph becomes a space, not a paragraph break. */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface PageMeta {
  meta: StatedMeta;
  from: Meta;
  byline?: { value: string; from: string };
  warnings: string[];
}

const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
];

/**
 * What the page says about itself. JSON-LD (written for search engines, so usually right) wins
 * over Open Graph, which wins over plain `<meta name>` tags.
 */
function readPageMeta(document: Document): PageMeta {
  const tags = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = clean(el.getAttribute('content') ?? '');
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  const ld = readJsonLd(document);
  const out: PageMeta = { meta: {}, from: {}, warnings: [] };

  const offer = (field: keyof StatedMeta, candidates: Array<[string | undefined, string]>) => {
    for (const [value, from] of candidates) {
      if (!value) continue;
      const parsed = statedField(field, value);
      if (parsed.ok) {
        (out.meta as Record<string, unknown>)[field] = parsed.value;
        out.from[field] = from;
        return;
      }
      out.warnings.push(`${from} "${value}": ${parsed.problem}; ignored`);
    }
  };

  offer('title', [
    [ld?.headline, 'JSON-LD headline'],
    [tags.get('og:title'), '<meta property=og:title>'],
  ]);
  offer('outlet', [
    [ld?.publisher, 'JSON-LD publisher.name'],
    [tags.get('og:site_name'), '<meta property=og:site_name>'],
  ]);
  const dates: Array<[string | undefined, string]> = [
    [ld?.datePublished, 'JSON-LD datePublished'],
    ...DATE_META.map((k): [string | undefined, string] => [tags.get(k), `<meta ${k}>`]),
  ];
  offer(
    'date',
    dates.map(([value, from]) => [value === undefined ? undefined : (dateFieldValue(value) ?? value), from]),
  );
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? undefined;
  offer('url', [
    [ld?.url, 'JSON-LD url'],
    [tags.get('og:url'), '<meta property=og:url>'],
    [canonical, '<link rel=canonical>'],
  ]);
  const htmlLang = document.documentElement?.getAttribute('lang') ?? undefined;
  offer('language', [
    [ld?.inLanguage, 'JSON-LD inLanguage'],
    [htmlLang, '<html lang>'],
    [tags.get('og:locale')?.replace('_', '-'), '<meta property=og:locale>'],
  ]);

  const author = ld?.author ?? tags.get('author') ?? tags.get('article:author');
  if (author && !/^https?:/i.test(author)) out.byline = { value: author, from: ld?.author ? 'JSON-LD author' : '<meta name=author>' };
  return out;
}

interface LdArticle {
  headline?: string;
  publisher?: string;
  datePublished?: string;
  url?: string;
  inLanguage?: string;
  author?: string;
}

const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report)$/;

function readJsonLd(document: Document): LdArticle | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const node = findArticleNode(data);
    if (!node) continue;
    return {
      headline: str(node.headline) ?? str(node.name),
      publisher: name(node.publisher) ?? name(node.sourceOrganization),
      datePublished: str(node.datePublished) ?? str(node.dateCreated),
      url: str(node.url) ?? name(node.mainEntityOfPage, '@id'),
      inLanguage: str(node.inLanguage),
      author: names(node.author),
    };
  }
  return null;
}

type Obj = Record<string, unknown>;

function findArticleNode(data: unknown): Obj | null {
  const queue: unknown[] = [data];
  while (queue.length > 0) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === 'object') {
      const obj = item as Obj;
      const types = ([] as unknown[]).concat(obj['@type'] ?? []);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return obj;
      if (obj['@graph']) queue.push(obj['@graph']);
    }
  }
  return null;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? clean(value) : undefined;
}

function name(value: unknown, key = 'name'): string | undefined {
  if (typeof value === 'string') return str(value);
  if (Array.isArray(value)) return name(value[0], key);
  return value && typeof value === 'object' ? str((value as Obj)[key]) : undefined;
}

function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value]).map((v) => name(v)).filter((v): v is string => v !== undefined);
  return list.length > 0 ? list.join(', ') : undefined;
}
