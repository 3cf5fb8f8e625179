/**
 * The two readers that look for an address's name among the page's words let more lines go before
 * reading their words (18perf18), and answer as before: addressWordNames skips an ASCII-lettered
 * line that writes no initials label's letters as capitals, and both stop once every label is
 * found; domainNames lets a line through for a word opening small only where one opens a word
 * ("eBay", not "McDonald"). Their old forms are copied here and run beside them on random pages
 * built around addresses and the names they spell.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OutletCandidate, PageLine } from '../../indexer/infer/outlet-candidates.ts';
import {
  addressWordNames,
  edgeNumbersInAddress,
  joinAddress,
  letters,
  nameRuns,
  registrableLabel,
  spellings,
} from '../../indexer/infer/outlet-address-words.ts';
import { domainNames, inPostalAddress, POINTER_WORDS, pointer, WORD } from '../../indexer/infer/outlet-structure.ts';
import { bareDomain, isDomain, outletKey } from '../../indexer/infer/outlet-names.ts';
import { isPlatform, isWire } from '../../indexer/infer/outlet-words.ts';
import { asciiLettered, spelledFromCapital } from '../../indexer/infer/capital-spelling.ts';
import { registrablePart } from '../../indexer/infer/outlet-address-words.ts';
import { prng } from '../../bench/scale/seeded.ts';

type Add = (c: OutletCandidate | null) => void;

/** addressWordNames as it was (main dfc9573). */
function oldAddressWordNames(lines: readonly PageLine[], addresses: readonly OutletCandidate[], add: Add): void {
  const labels = new Map<string, { address: OutletCandidate; email: boolean }>();
  const furniture = new Set(lines.filter((l) => l.reason !== null || l.words <= 8).map((l) => l.line));
  for (const a of addresses) {
    const email = a.kind === 'email';
    if (!email && !isDomain(a.value)) continue;
    if (a.kind === 'address-mention' && !furniture.has(a.line) && !/'(?:https?:|www\d?\.)/i.test(a.evidence)) continue;
    const label = registrableLabel(a.value);
    if (label.length >= 3 && !labels.has(label)) labels.set(label, { address: a, email });
  }
  if (labels.size === 0) return;
  const joinedOnly = [...labels.keys()].every((label) => label.length > 4);
  const joined = [...labels.keys()].filter((label) => label.length >= 6);
  for (const l of lines) {
    if (joinedOnly && asciiLettered(l.text) && !joined.some((label) => spelledFromCapital(l.text, label, false))) continue;
    for (const run of nameRuns(l.text)) {
      for (const { words, how } of spellings(run)) {
        const key = how === 'joined' ? letters(words.join('')) : letters(words.map((w) => w[0]).join(''));
        const found = labels.get(key);
        if (!found || (how === 'joined' && key.length < 6)) continue;
        if (!edgeNumbersInAddress(words, found.address.value)) continue;
        const name = words.join(' ');
        if (isWire(name) || isPlatform(name)) continue;
        labels.delete(key);
        joinAddress(found.address, name);
        add({
          value: name,
          score: found.email ? 1 : how === 'joined' ? 2 : 1.5,
          kind: 'address-words',
          evidence: `'${name}' on line ${l.line}, its ${how === 'joined' ? 'words joined' : 'initials'} in the address ${found.address.value}`,
          line: l.line,
        });
      }
    }
  }
}

/** domainNames as it was (main dfc9573). */
function oldDomainNames(lines: readonly PageLine[], domains: readonly OutletCandidate[], add: Add): void {
  const labels = new Map<string, OutletCandidate>();
  let short: Set<number> | undefined;
  const shortLines = () => (short ??= new Set(lines.filter((l) => l.reason !== null || l.words <= POINTER_WORDS).map((l) => l.line)));
  for (const d of domains) {
    if (!isDomain(d.value) || (d.kind === 'address-mention' && !/'(?:https?:|www\d?\.)/i.test(d.evidence) && !pointer(d, shortLines())))
      continue;
    for (const key of new Set([outletKey(bareDomain(d.value)), outletKey(registrablePart(d.value))]))
      if (key.length >= 4 && !labels.has(key)) labels.set(key, d);
  }
  if (labels.size === 0) return;
  const keys = [...labels.keys()];
  for (const l of lines) {
    if (asciiLettered(l.text) && !keys.some((key) => spelledFromCapital(l.text, key, true)) && !/[a-z][A-Z]/.test(l.text)) continue;
    for (const m of l.text.matchAll(WORD)) {
      const domain = labels.get(outletKey(m[1]!));
      if (!domain || (domain.kind === 'email' && domain.line === l.line)) continue;
      if (domain.kind === 'email' && inPostalAddress(l.text, m.index!, m[1]!.length)) {
        labels.delete(outletKey(m[1]!));
        continue;
      }
      labels.delete(outletKey(m[1]!));
      joinAddress(domain, m[1]!);
      add({
        value: m[1]!,
        score: 2,
        kind: 'domain-name',
        evidence: `'${m[1]}' on line ${l.line}, the name of the address ${domain.value}`,
        line: l.line,
      });
    }
  }
}

const NAMES = [
  'Example Daily',
  'Daily Example',
  'Example',
  'EXAMPLE',
  'eXample',
  'iPlayer',
  'McDonald',
  'YouTube',
  'Bay Bridge Chronicle',
  'Bay Bridge Courier',
  'Nord Ost Wacht',
  'Abc Bee Cee Dee',
  'Zeitung 24',
  '24 News',
  'Quay Line',
  'QuayLine',
  'Ünal Haber',
  'Café Press',
  'The Example',
  'Harbour Street 3, Quayton.',
  'Quayton',
  'Reuters',
  'Facebook',
  'eBay',
  'Ebay',
  'Bbc',
  'BBC',
];
const WORDS = [
  'the',
  'news',
  'said',
  'on',
  'of',
  'a',
  'Monday',
  'and',
  'for',
  'é',
  '’s',
  '(',
  ')',
  ',',
  '.',
  '-',
  '24',
  'x',
  'über',
  'İstanbul',
  'B',
  'C',
  'Q',
  'L',
];
const DOMAINS = [
  'exampledaily.com',
  'example.co.uk',
  'news.example.de',
  'bbc.co.uk',
  'bbcnews.com',
  'ejemplo.es',
  'iplayer.com',
  'mcdonald.com',
  'zeitung24.de',
  'abcd.net',
  'abcde.org',
  'quayline.com',
  'nowacht.pl',
  'quayton.gov',
  'ebay.com',
  'youtube.com',
  'ünalhaber.com.tr',
];

function page(r: () => number): { lines: PageLine[]; addresses: OutletCandidate[] } {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const n = 1 + Math.floor(r() * 12);
  const lines: PageLine[] = [];
  for (let i = 0; i < n; i++) {
    const parts: string[] = [];
    const k = Math.floor(r() * 22);
    for (let j = 0; j < k; j++) {
      const x = r();
      parts.push(x < 0.3 ? pick(NAMES) : x < 0.4 ? pick(DOMAINS) : x < 0.45 ? `desk@${pick(DOMAINS)}` : pick(WORDS));
    }
    const text = parts.join(r() < 0.8 ? ' ' : '');
    const words = text === '' ? 0 : Math.min(15, text.split(' ').length);
    lines.push({ line: i + 1, text, reason: r() < 0.3 ? 'menu' : null, words });
  }
  const kinds = ['url', 'address', 'address-mention', 'email'] as const;
  const addresses: OutletCandidate[] = [];
  const m = Math.floor(r() * 4);
  for (let i = 0; i < m; i++) {
    const value = pick(DOMAINS);
    const kind = pick(kinds);
    const line = kind === 'url' ? 0 : 1 + Math.floor(r() * n);
    const evidence = r() < 0.5 ? `address in line ${line} 'https://${value}'` : `address in line ${line} '${value}'`;
    addresses.push({ value, score: pick([1, 1.5, 2, 3]), kind, evidence, line });
  }
  return { lines, addresses };
}

function run(read: typeof addressWordNames, p: { lines: PageLine[]; addresses: OutletCandidate[] }): string {
  const addresses = structuredClone(p.addresses);
  const out: OutletCandidate[] = [];
  read(p.lines, addresses, (c) => {
    if (c) out.push(c);
  });
  return JSON.stringify([out, addresses]);
}

describe("the address readers' line gates", () => {
  it('addressWordNames finds what its old form found, on 6,000 random pages', () => {
    const r = prng(18);
    let found = 0;
    for (let i = 0; i < 6000; i++) {
      const p = page(r);
      const want = run(oldAddressWordNames, p);
      assert.equal(run(addressWordNames, p), want, JSON.stringify(p));
      if (want !== run(() => {}, p)) found++;
    }
    assert.ok(found > 300, `${found} pages with a name found`);
  });

  it('domainNames finds what its old form found, on 6,000 random pages', () => {
    const r = prng(81);
    let found = 0;
    for (let i = 0; i < 6000; i++) {
      const p = page(r);
      const want = run(oldDomainNames, p);
      assert.equal(run(domainNames, p), want, JSON.stringify(p));
      if (want !== run(() => {}, p)) found++;
    }
    assert.ok(found > 300, `${found} pages with a name found`);
  });
});
