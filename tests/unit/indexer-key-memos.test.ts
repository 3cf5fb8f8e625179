import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'tldts';
import { domainParts } from '../../indexer/infer/domain-parts.ts';
import { type FolderVote, lineVotes, proposesNothing } from '../../indexer/infer/outlet-folder.ts';
import { MAX_SHORT_CHARS, MAX_TITLE_CHARS, printVotes } from '../../indexer/infer/outlet-folder-print.ts';
import { outletKey } from '../../indexer/infer/outlet-names.ts';

describe('remembered keys (18perf15): a name or host read again is not parsed again', () => {
  it('one host is parsed once: its parts are the same frozen object, whatever address names it', () => {
    const first = domainParts('https://news.harbourlantern.co.uk/2024/story');
    assert.equal(domainParts('news.harbourlantern.co.uk'), first);
    assert.equal(domainParts('desk@news.harbourlantern.co.uk'), first);
    assert.deepEqual(first, { label: 'harbourlantern', suffix: 'co.uk', subdomains: ['news'] });
    assert.ok(Object.isFrozen(first) && Object.isFrozen(first.subdomains), 'shared, so frozen');
    assert.equal(domainParts('no host here').label, '');
  });

  it('the parts of many hosts, past the table filling, are those of the Public Suffix List', () => {
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < 6_000; i += 7) {
        const host = `www.site${i}.example${i % 3 === 0 ? '.co.uk' : '.com'}`;
        const p = parse(host, { allowPrivateDomains: true });
        assert.equal(domainParts(host).label, p.domainWithoutSuffix);
        assert.equal(domainParts(`https://${host}/a`).suffix, p.publicSuffix);
      }
  });

  it("a name's key is the same read once or many times, past the memo filling, for names cut from a page", () => {
    const page = `${'Harbour Lantern '.repeat(10)}harbourlantern.co.uk EL PAÍS The Quill`;
    const names = ['Harbour Lantern', 'harbourlantern.co.uk', 'EL PAÍS', 'The Quill'].map((n) =>
      page.slice(page.indexOf(n), page.indexOf(n) + n.length),
    );
    const keys = names.map(outletKey);
    assert.deepEqual(keys, ['harbourlantern', 'harbourlantern', 'pais', 'quill']);
    for (let i = 0; i < 6_000; i++) outletKey(`Outlet ${i}`);
    assert.deepEqual(names.map(outletKey), keys);
    assert.equal(outletKey('Outlet 17'), 'outlet17');
  });
});

describe('folder votes (18perf15): a long line ending as a sentence proposes nothing, and is not remembered', () => {
  const prose = (end: string) =>
    `${'The Harbour Lantern said the ferry “Sea Wren” would sail again after the GB TV review of crossings, '.repeat(3)}it said${end}`;

  it('is told by its length and last mark alone', () => {
    for (const end of ['.', '!', '?', ':']) assert.equal(proposesNothing(prose(end)), true, end);
    assert.equal(proposesNothing(prose('')), false, 'no sentence mark: names beside initials are looked for');
    assert.equal(proposesNothing('Harbour Lantern.'), false, 'a short line is read');
    assert.equal(proposesNothing('x'.repeat(MAX_TITLE_CHARS)), false, 'a title line (no sentence mark) is read');
  });

  it('proposes what the full reading proposes: nothing, first line or not', () => {
    for (const end of ['.', '!', '?', ':']) {
      const line = prose(end);
      assert.deepEqual(printVotes(line, true), []);
      assert.deepEqual(printVotes(line, false), []);
      const votes = new Map<string, FolderVote>();
      lineVotes(line, votes, true);
      lineVotes(line, votes);
      assert.equal(votes.size, 0);
    }
  });
});

describe('folder votes (18perf16): a line ending as a sentence, longer than a short line, proposes nothing', () => {
  /** Lines of the shapes that do propose names when short, padded to `length` and ended with `end`. */
  const shapes = (length: number, end: string): string[] =>
    [
      '© 2024 Harbour Lantern Media',
      'Contact: desk@harbourlantern.co.uk',
      'harbourlantern.co.uk',
      'Ferry sails again at last | Harbour Lantern',
      'Harbour Lantern - Ferry sails again at last after the winter',
      'The “Sea Wren” sails',
      'Harbour Lantern Radio HLR Sport Weather',
      'Harbour Lantern Newsroom',
    ].map((shape) => `${shape}${' word'.repeat(Math.max(0, Math.ceil((length - shape.length - 1) / 5)))}`.slice(0, length - 1) + end);

  it('a paragraph between a short line and a title line is let go (was read up to 220 characters)', () => {
    const paragraph = 'The council said on Tuesday that the ferry would sail again in the spring, after a review of the crossings.';
    const line = `${paragraph} ${paragraph}`.slice(0, 180).trimEnd() + '.';
    assert.ok(line.length > MAX_SHORT_CHARS && line.length < MAX_TITLE_CHARS);
    assert.equal(proposesNothing(line), true);
    assert.equal(proposesNothing(`${'x'.repeat(MAX_SHORT_CHARS - 1)}.`), false, 'a short line is read');
  });

  it('whatever its shape, a line let go proposes nothing in the full reading, first line or not', () => {
    let letGo = 0;
    let proposing = 0;
    for (let length = 20; length <= 260; length++)
      for (const end of ['.', '!', '?', ':'])
        for (const line of shapes(length, end)) {
          const votes = new Map<string, FolderVote>();
          lineVotes(line, votes, true);
          lineVotes(line, votes);
          if (!proposesNothing(line)) {
            if (votes.size > 0 || printVotes(line, true).length > 0) proposing++;
            continue;
          }
          letGo++;
          assert.deepEqual(printVotes(line, true), [], line);
          assert.deepEqual(printVotes(line, false), [], line);
          assert.equal(votes.size, 0, line);
        }
    assert.ok(letGo > 1000 && proposing > 100, `${letGo} let go, ${proposing} proposing`);
  });
});
