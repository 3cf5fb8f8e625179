/**
 * Pipeline speed per format on the BBC News corpus, each article re-dressed as a saved web page
 * (with navigation, share buttons, a related list and a footer around it) and as a JSONL record.
 * Bytes are built in memory first, so only decoding, reading, cleaning, metadata and splitting
 * are timed. Prints figures; not a test.
 *
 *   npx tsx bench/indexer-formats.ts [dir]   (default ../shared/corpora/bbc-news/news)
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { documentsFromFile, loadLanguageDetector } from '../indexer/pipeline.ts';
import { BBC_NEWS } from './corpora.ts';

await loadLanguageDetector();

const root = process.argv[2] ?? BBC_NEWS;
const texts: Array<{ name: string; title: string; paragraphs: string[] }> = [];
for (const section of (await readdir(root)).sort()) {
  for (const name of (await readdir(path.join(root, section))).sort()) {
    if (!name.endsWith('.txt')) continue;
    const [title = '', ...rest] = (await readFile(path.join(root, section, name), 'utf8')).split('\n');
    texts.push({
      name: `${section}/${name}`,
      title: title.trim(),
      paragraphs: rest
        .join('\n')
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean),
    });
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const page = (
  t: (typeof texts)[number],
) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(t.title)} | Example News</title>
<meta property="og:site_name" content="Example News"><meta property="og:title" content="${esc(t.title)}">
<meta property="article:published_time" content="2005-03-01T10:00:00Z"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>${esc(t.title)}</h1><p class="byline">By Staff Reporter</p>
${t.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<div class="share">Share this article: Facebook | Twitter | Email</div></article>
<aside><h3>Related stories</h3><ul><li><a href="/a">Another story here</a></li><li><a href="/b">And one more story</a></li></ul></aside></main>
<footer><p>© 2024 Example News Ltd. All rights reserved.</p></footer></body></html>`;

function time(label: string, files: Array<{ source: string; bytes: Uint8Array }>): void {
  let articles = 0;
  let paragraphs = 0;
  const started = performance.now();
  for (const file of files) {
    const found = documentsFromFile(file);
    if (!found.ok) continue;
    for (const doc of found.documents) {
      const r = doc.build();
      if (!r.ok) continue;
      articles++;
      paragraphs += r.article.paragraphs.length;
    }
  }
  const s = (performance.now() - started) / 1000;
  console.log(
    `${label.padEnd(6)} ${articles} articles, ${paragraphs} paragraphs in ${(s * 1000).toFixed(0)} ms: ${(articles / s).toFixed(0)} articles/s, ${(paragraphs / s).toFixed(0)} paragraphs/s`,
  );
}

const enc = new TextEncoder();
time(
  'text',
  texts.map((t) => ({ source: `${t.name}`, bytes: enc.encode(`${t.title}\n\n${t.paragraphs.join('\n\n')}\n`) })),
);
time(
  'html',
  texts.map((t) => ({ source: t.name.replace(/\.txt$/, '.html'), bytes: enc.encode(page(t)) })),
);
const lines = texts.map((t, i) =>
  JSON.stringify({ id: i, title: t.title, text: t.paragraphs.join('\n\n'), outlet: 'Example News', date: '2005-03-01' }),
);
const chunks: Array<{ source: string; bytes: Uint8Array }> = [];
for (let i = 0; i < lines.length; i += 100)
  chunks.push({ source: `feed-${i}.jsonl`, bytes: enc.encode(lines.slice(i, i + 100).join('\n')) });
time('jsonl', chunks);
