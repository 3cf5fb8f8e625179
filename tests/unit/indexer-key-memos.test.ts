import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'tldts';
import { domainParts } from '../../indexer/infer/domain-parts.ts';
import { type FolderVote, lineVotes, proposesNothing } from '../../indexer/infer/outlet-folder.ts';
import { MAX_TITLE_CHARS, printVotes } from '../../indexer/infer/outlet-folder-print.ts';
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
    assert.equal(proposesNothing(`${'x'.repeat(MAX_TITLE_CHARS - 1)}.`), false, 'a title line is read');
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
