import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'tldts';
import { domainParts } from '../../indexer/infer/domain-parts.ts';
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
