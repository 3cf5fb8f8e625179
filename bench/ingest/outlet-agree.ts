/**
 * `npx tsx bench/ingest/outlet-agree.ts --dir DIR… [--show]`: agreement across places (task
 * 18out14), read off the raw page without the rules' readers. Each place proposes names: a short
 * line among the first six (`top`), a segment of a separated line among the first ten (`seg`), a ©
 * holder (`copy`), a follow/subscribe/contact prompt's object (`prompt`), a domain written in the
 * text (`domain`), an e-mail address's domain (`email`), a "NAME staff/desk" byline (`staff`).
 * Names are one when their keys meet (case, accents, spaces, "The", a domain's label). Per set:
 * for pages naming their outlet and failing today, how many places the truth is found in; and on
 * every page, the best name two places or more agree on: right, wrong, or on a page that names
 * no outlet (`MIN_PLACES=N` asks for N places; `LINES=1` counts lines of any place instead of
 * places, a repetition test); the current winner's places, right or wrong; and on pages left
 * Unknown, the rules' best scored candidate below the bar that a place on another line names alike
 * (`MENTION=1`: also a place's name written again inside a longer line elsewhere). `--show` prints rows
 * of write-from dev pages only (never a check set, n2/n4/n5, or a held-out split).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../indexer/clean/index.ts';
import { isDomain, outletKey } from '../../indexer/infer/outlet-names.ts';
import { isPlatform, isWire } from '../../indexer/infer/outlet-words.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { pageOutletEvidence } from './outlet-data.ts';
import { labelledPages, pageAccess } from './pages.ts';
import { labelNames, sameOutlet } from './score.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', multiple: true, default: [] },
    show: { type: 'boolean', default: false },
  },
});

interface Proposal {
  name: string;
  place: string;
  line: number;
}

const SEP = /\s+(?:\||-|–|—|::|»|·|•|\/)\s+/u;
const DOMAIN =
  /(?<![@\p{L}\p{N}.-])(?:https?:\/\/)?(?:www\d?\.)?((?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+(?:com|net|org|info|news|co|[a-z]{2}))\b/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@((?:[\p{L}\p{N}-]+\.)+[a-z]{2,12})\b/giu;
const CAPW = "[\\p{Lu}\\p{Lt}][\\p{L}\\p{N}'’&.-]*";
const NAMEP = `(?:The\\s+)?${CAPW}(?:\\s+(?:of|the|de|du|la|le|&|and)?\\s*${CAPW}){0,4}`;
const COPY = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.|;•]+)/iu;
const PROMPT = new RegExp(
  `\\b(?:follow|subscribe to|sign up for|contact|support|join|download|like)\\s+(?:us\\s+on\\s+|the\\s+)?(${NAMEP})`,
  'u',
);
const STAFF = new RegExp(`(${NAMEP})\\s+(?:Staff|staff|Newsroom|newsroom|News Desk|Desk|desk|Editorial)\\b`, 'u');

const CREDIT = /\(([^()]{2,40})\)\s*$/u;
const LABEL =
  /^(?:source|sumber|fuente|fonte|quelle|bron|źródło|kilde|källa|lähde|forrás|منبع|المصدر|por|by|autor|author|penulis|von|par)\s*:\s*(.+)$/iu;

function words(s: string): number {
  return s.split(/\s+/u).filter(Boolean).length;
}

/** A short name-like text: 1–5 words, ≤ 40 characters, a letter in it, no sentence end inside. */
function nameLike(s: string): boolean {
  const t = s.trim();
  return t.length >= 2 && t.length <= 40 && words(t) <= 5 && /\p{L}/u.test(t) && !/[.!?]\s/u.test(t);
}

function trimName(s: string): string {
  return s
    .trim()
    .replace(/^[\s"'“”«»([]+|[\s"'“”«»)\].,:;!]+$/gu, '')
    .replace(/\s+all rights reserved.*$/iu, '')
    .trim();
}

/** The names each place of a page proposes. */
function proposals(text: string): Proposal[] {
  const lines = text.split('\n');
  const out: Proposal[] = [];
  const add = (name: string, place: string, line: number) => {
    const n = trimName(name);
    if (n.length < 2 || outletKey(n).length < 2) return;
    out.push({ name: n, place, line });
  };
  let nonBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    if (!line) continue;
    nonBlank++;
    const no = i + 1;
    if (nonBlank <= 6 && nameLike(line) && !SEP.test(line)) add(line, 'top', no);
    if (nonBlank <= 10 && SEP.test(line)) {
      const segs = line.split(SEP);
      for (const s of [segs[0]!, segs[segs.length - 1]!]) if (nameLike(s)) add(s, 'seg', no);
    }
    const c = COPY.exec(line);
    if (c?.[1]) {
      const holder = trimName(c[1]);
      if (holder && words(holder) <= 6) add(holder, 'copy', no);
    }
    const p = PROMPT.exec(line);
    if (p?.[1]) add(p[1], 'prompt', no);
    const s = STAFF.exec(line);
    if (s?.[1]) add(s[1].replace(/^By\s+/u, ''), 'staff', no);
    const cr = CREDIT.exec(line);
    if (cr?.[1] && nameLike(cr[1]) && line.length > cr[0].length + 20) add(cr[1], 'credit', no);
    const lb = LABEL.exec(line);
    if (lb?.[1]) {
      const v = lb[1].split(/\s+(?:\||-|–|—|·)\s+|,\s/u)[0]!;
      if (nameLike(v)) add(v, 'label', no);
    }
    for (const m of line.matchAll(EMAIL)) add(m[1]!, 'email', no);
    for (const m of line.replace(EMAIL, ' ').matchAll(DOMAIN)) if (isDomain(m[1]!)) add(m[1]!, 'domain', no);
  }
  return out;
}

/** Two names are one: their keys meet, a leading "the" aside (a domain's label "thealpenanews"). */
function sameKey(a: string, b: string): boolean {
  const ka = outletKey(a).replace(/^the(?=.{3})/u, '');
  const kb = outletKey(b).replace(/^the(?=.{3})/u, '');
  return ka.length >= 2 && ka === kb;
}

interface Group {
  name: string;
  members: Proposal[];
  places: number;
}

/** Proposals grouped by name; a group's places are its distinct place kinds on distinct lines. */
function groups(props: readonly Proposal[]): Group[] {
  const gs: Group[] = [];
  for (const p of props) {
    const g = gs.find((x) => x.members.some((m) => sameKey(m.name, p.name)));
    if (g) g.members.push(p);
    else gs.push({ name: p.name, members: [p], places: 0 });
  }
  for (const g of gs) {
    // Greedy: a place kind counts once, and two kinds on one line count once.
    const lines = new Set<number>();
    const kinds = new Set<string>();
    for (const m of g.members) {
      if (kinds.has(m.place) || lines.has(m.line)) continue;
      kinds.add(m.place);
      lines.add(m.line);
    }
    g.places = kinds.size;
    // A name written as a domain only: its display name is the domain.
    const shown = g.members.find((m) => !isDomain(m.name));
    if (shown) g.name = shown.name;
  }
  return gs.sort((a, b) => b.places - a.places || a.members[0]!.line - b.members[0]!.line);
}

await loadLanguageDetector();
for (const dir of values.dir) {
  const { show } = pageAccess(dir, values.show);
  const tally = new Map<string, number>();
  const bump = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
  for (const { source, truth } of labelledPages(dir)) {
    if (truth.split !== 'dev') continue;
    const text = fs.readFileSync(path.join(dir, ...source.split('/')), 'utf8');
    const result = articleFromFile({ bytes: Buffer.from(text), source });
    const got = result.ok && result.article.outlet !== 'Unknown' ? result.article.outlet : null;
    const truthOutlet = truth.outlet && truth.outlet !== '?' ? truth.outlet : null;
    const right = got !== null && truthOutlet !== null && sameOutlet(got, truthOutlet);
    const status = right ? 'right' : got !== null ? 'wrong' : 'unknown';
    const props = proposals(text);
    const gs = groups(props);
    const isTruth = (g: Group) =>
      truthOutlet !== null &&
      g.members.some((m) => labelNames(truthOutlet).some((t) => sameKey(m.name, t)) || sameOutlet(m.name, truthOutlet));
    const tg = gs.find(isTruth);
    /** What naming `name` on a page left Unknown would be: right or wrong, on a page that names its outlet or not. */
    const verdict = (name: string) =>
      `${truthOutlet !== null && sameOutlet(name, truthOutlet) ? 'right' : 'wrong'}${truth.outletStated ? '' : '(unstated)'}`;
    if (truth.outletStated && status !== 'right')
      bump(`failing stated: truth in ${tg ? Math.min(tg.places, 2) : 0}${tg && tg.places >= 2 ? '+' : ''} places`);
    if (got !== null) {
      const wg = gs.find((g) => g.members.some((m) => sameKey(m.name, got) || sameOutlet(m.name, got)));
      const v = right ? 'right' : truth.outletStated ? 'wrong' : 'wrong(unstated)';
      bump(`winner ${v} in ${wg ? Math.min(wg.places, 2) : 0} places`);
      if (show && !right)
        console.log(
          `${source} WRONG winner '${got}' truth '${truthOutlet}' places ${wg ? wg.members.map((m) => `${m.place}@${m.line}`).join(',') : 0}`,
        );
    }
    // A rule's scored candidate below the bar and a place of the raw page on another line naming it alike.
    if (got === null) {
      const ev = pageOutletEvidence(cleanText(text));
      const scored = ev.candidates.filter((c) => c.score > 0 && !isPlatform(c.value) && !isWire(c.value)).sort((a, b) => b.score - a.score);
      const hit = scored.find((c) => props.some((m) => m.line !== c.line && (sameKey(m.name, c.value) || sameOutlet(m.name, c.value))));
      if (hit) {
        const v = verdict(hit.value);
        bump(`scored+place on unknown: ${v}`);
        if (show)
          console.log(
            `${source} SCORED+PLACE '${hit.value}' ${hit.kind}:${hit.score}@${hit.line} ${v} truth '${truthOutlet}': ${props
              .filter((m) => sameKey(m.name, hit.value) || sameOutlet(m.name, hit.value))
              .map((m) => `${m.place}@${m.line}`)
              .join(',')}`,
          );
      }
    }
    // A place's name written again inside a longer line elsewhere (a mention: own voice, a subject, a credit).
    if (got === null && process.env.MENTION) {
      const lines = text.split('\n');
      const fold = (t: string) => t.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
      const hit = props.find((p) => {
        if (isPlatform(p.name) || isWire(p.name) || isDomain(p.name) || p.name.length < 4) return false;
        const k = fold(p.name);
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
        return lines.some((l, i) => i + 1 !== p.line && l.trim().length > p.name.length + 20 && re.test(fold(l)));
      });
      if (hit) {
        const v = verdict(hit.name);
        bump(`place+mention on unknown: ${v}`);
        if (show) console.log(`${source} MENTION '${hit.name}' ${hit.place}@${hit.line} ${v} truth '${truthOutlet}'`);
      }
    }
    const minPlaces = Number(process.env.MIN_PLACES ?? 2);
    const best = gs.find(
      (g) =>
        (process.env.LINES ? new Set(g.members.map((m) => m.line)).size : g.places) >= minPlaces && !isPlatform(g.name) && !isWire(g.name),
    );
    if (best) {
      const v = isTruth(best)
        ? 'right'
        : truth.outletStated
          ? 'wrong'
          : truthOutlet && best.members.some((m) => sameOutlet(m.name, truthOutlet))
            ? 'right(unstated)'
            : 'wrong(unstated)';
      bump(`best2+ on ${status}: ${v}`);
      if (show)
        console.log(
          `${source} [${status}] truth '${truthOutlet}' stated=${truth.outletStated} got '${got}' BEST '${best.name}' ${v}: ${best.members.map((m) => `${m.place}@${m.line}:${m.name}`).join(', ')}`,
        );
    }
    if (show && truth.outletStated && status !== 'right' && tg && !(best && isTruth(best)))
      console.log(
        `${source} [${status}] truth '${truthOutlet}' MISSED ${tg.places}: ${tg.members.map((m) => `${m.place}@${m.line}:${m.name}`).join(', ')}`,
      );
  }
  console.log(
    `${dir}: ${[...tally]
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join('; ')}`,
  );
}
