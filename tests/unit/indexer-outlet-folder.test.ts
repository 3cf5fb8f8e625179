import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FurnitureLearner } from '../../indexer/clean/furniture.ts';
import { type FolderVote, folderVotes, MIN_PAGES } from '../../indexer/infer/outlet-folder.ts';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { summary } from '../../indexer/cli.ts';
import { indexCorpus } from '../../indexer/run.ts';
import { memoryEngine } from '../helpers/memory-engine.ts';

await loadLanguageDetector();

/** Invented places, one story each: the pages of a folder differ in everything but the site's lines. */
const PLACES = [
  'Alder Ford',
  'Brackenhurst',
  'Coldwater',
  'Dunmere',
  'Elmstead',
  'Fenwick',
  'Gorse Hill',
  'Hollin',
  'Ivybridge',
  'Juniper Cross',
];

/** An invented story about `place`, naming no outlet, with the site's `lines` below it. */
function story(place: string, lines: readonly string[], above: readonly string[] = []): string {
  return [
    ...above,
    `Roadworks in ${place} to finish before the winter`,
    `Crews working on the main road through ${place} expect to finish before the first frost, the county roads office said on Monday.`,
    `Drivers have used a diversion through the lanes around ${place} since the spring, and residents asked for the work to be hurried.`,
    `The roads office said the new surface in ${place} should last twenty years and would be quieter for the houses beside it.`,
    ...lines,
  ].join('\n\n');
}

/** A site's tag line: topic words, the site's name and its initials, as keyword lists are printed. */
const tags = (place: string) => `${place} Kestrel Valley Radio KVR Roads Roadworks Verkehr`;

describe('folder outlet votes', () => {
  it('reads a name beside its own initials in a list of names, and a short quoted name, each once', () => {
    assert.deepEqual(
      folderVotes(`Some story text here.\n${tags('Dunmere')}\nRoads KestrelRadio KR Traffic\n${tags('Dunmere')}`).map((v) => v.name),
      ['Kestrel Valley Radio', 'KestrelRadio'],
    );
    assert.deepEqual(
      folderVotes('Read more in the new „Larkspur”').map((v) => v.name),
      ['Larkspur'],
    );
  });

  it('reads no vote from a sentence, a long line or a quoted phrase', () => {
    const none = [
      'The Kestrel Valley Radio (KVR) said on Monday that the roads around Dunmere would close for a week.',
      'Kestrel Valley Radio KVR said the roads around Dunmere would close for a week from Monday onwards.',
      'In an interview the minister called the plan „Larkspur” and said the county would pay for most of it next year.',
      'She called it "a plan for everyone"',
      // A headline quoting a name: the quote does not close the line after a phrase pointing to it.
      '„Larkspur” wins the county prize',
      'Tickets for „Larkspur” sold out',
    ];
    for (const line of none) assert.deepEqual(folderVotes(line), [], line);
  });

  it("reads no name beside its initials that the page's story writes in a sentence: the story's topic", () => {
    const page = [
      'The Harbour Example Agency said on Monday that the pier would reopen in the spring.',
      'Piers Harbour Example Agency HEA Roads',
    ].join('\n');
    assert.deepEqual(folderVotes(page), []);
    assert.deepEqual(
      folderVotes(page.replace('The Harbour Example Agency said', 'The agency said')).map((v) => v.name),
      ['Harbour Example Agency'],
    );
  });
});

describe('folder outlets', () => {
  const vote: FolderVote[] = [{ name: 'Kestrel Valley Radio', kind: 'initials', line: 'x' }];
  const other: FolderVote[] = [{ name: 'Larkspur', kind: 'quoted', line: 'y' }];
  /** Page `identity` of `folder` with these votes, as the furniture learner gets it. */
  const add = (learner: FurnitureLearner, folder: string, identity: number, votes: FolderVote[]) =>
    learner.addSample({ keys: [], identity, votes, headDates: [], tailOpener: null }, folder);

  it(`needs ${MIN_PAGES} different pages and half the folder`, () => {
    const learner = new FurnitureLearner();
    for (let page = 0; page < 8; page++) add(learner, 'few', page, page < MIN_PAGES - 1 ? vote : []);
    for (let page = 0; page < 8; page++) add(learner, 'under-half', page, page < 3 ? vote : []);
    for (let page = 0; page < 8; page++) add(learner, 'half', page, page < 4 ? vote : []);
    // One page saved three times is one page.
    for (let copy = 0; copy < 3; copy++) add(learner, 'copies', 1, vote);
    const outlets = learner.folderOutlets();
    assert.deepEqual([...outlets.keys()], ['half']);
    assert.equal(outlets.get('half')!.value, 'Kestrel Valley Radio');
    assert.match(outlets.get('half')!.from, /on 4 of the 8 pages of its folder/);
  });

  it('gives no outlet when two names both recur on the folder', () => {
    const learner = new FurnitureLearner();
    for (let page = 0; page < 6; page++) add(learner, 'two', page, page < 4 ? vote : other);
    for (let page = 0; page < 6; page++) add(learner, 'two', page + 10, page < 4 ? other : vote);
    assert.equal(learner.folderOutlets().size, 0);
  });
});

describe('the folder outlet in a build', () => {
  let corpus: string;
  before(async () => {
    corpus = await mkdtemp(path.join(tmpdir(), 'folder-outlet-'));
  });
  after(async () => rm(corpus, { recursive: true, force: true }));

  /** `site/`: five pages of one site carrying its tag line, one of them with its own address on top; `many/`: five sites. */
  async function twoFolders(name: string): Promise<string> {
    const dir = path.join(corpus, name);
    await mkdir(path.join(dir, 'site'), { recursive: true });
    await mkdir(path.join(dir, 'many'), { recursive: true });
    for (let i = 0; i < 5; i++) {
      const own = i === 4 ? ['harbourpost.net'] : [];
      await writeFile(path.join(dir, 'site', `page-${i}.txt`), story(PLACES[i]!, [tags(PLACES[i]!)], own));
      // Each page of `many/` names a different site beside its initials: no name is on half of them.
      const site = `${PLACES[i]!.split(' ')[0]} Radio`;
      const initials = `${site[0]}R`;
      await writeFile(path.join(dir, 'many', `page-${i}.txt`), story(PLACES[i]!, [`${PLACES[i]} ${site} ${initials} Roads Weather`]));
    }
    return dir;
  }

  it('names the pages of a folder that agree on a name, never over a page of its own, never in a folder of many sites', async () => {
    const dir = await twoFolders('full');
    const engine = memoryEngine();
    const report = await indexCorpus({ corpusDir: dir, engine, mode: 'full' });
    assert.deepEqual(report.furniture.folderOutlets, { site: 'Kestrel Valley Radio' });
    assert.match(summary(report), /Outlets learned from folders: site\/ → Kestrel Valley Radio \(for their pages naming none\)/);
    for (let i = 0; i < 4; i++) {
      const article = engine.articles.get(`site-page-${i}`)!;
      assert.equal(article.outlet, 'Kestrel Valley Radio', `page ${i}`);
      assert.match(article.provenance.outlet!, /on 5 of the 5 pages of its folder/);
    }
    assert.notEqual(engine.articles.get('site-page-4')!.outlet, 'Kestrel Valley Radio', "the page's own address stands");
    assert.notEqual(engine.articles.get('site-page-4')!.outlet, 'Unknown');
    for (let i = 0; i < 5; i++) assert.equal(engine.articles.get(`many-page-${i}`)!.outlet, 'Unknown', `many ${i}`);
  });

  it('an update after the build rebuilds nothing, and a page added to the folder later gets its outlet', async () => {
    const dir = await twoFolders('update');
    const engine = memoryEngine();
    await indexCorpus({ corpusDir: dir, engine, mode: 'full' });
    const same = await indexCorpus({ corpusDir: dir, engine });
    assert.equal(same.mode, 'incremental');
    assert.equal(same.changes.unchanged, 10, 'the build and the update learn the same folder outlet');
    assert.deepEqual(same.furniture.folderOutlets, { site: 'Kestrel Valley Radio' });

    await writeFile(path.join(dir, 'site', 'page-5.txt'), story(PLACES[5]!, [tags(PLACES[5]!)]));
    const added = await indexCorpus({ corpusDir: dir, engine });
    assert.deepEqual(added.changes.added, ['site-page-5']);
    assert.equal(engine.articles.get('site-page-5')!.outlet, 'Kestrel Valley Radio');
    assert.match(engine.articles.get('site-page-5')!.provenance.outlet!, /on 6 of the 6 pages/);
  });

  it("names only the site's pages of a folder holding two sites: those writing the name, or one of the site's lines", async () => {
    const dir = path.join(corpus, 'two-sites', 'drop');
    await mkdir(dir, { recursive: true });
    const A_LINE = 'More from the valley';
    const B_LINE = 'Letters to the harbourmaster';
    // Site A: five pages with its tag line (half the folder) and one without, known by the site's line.
    for (let i = 0; i < 5; i++) await writeFile(path.join(dir, `a-${i}.txt`), story(PLACES[i]!, [tags(PLACES[i]!), A_LINE]));
    await writeFile(path.join(dir, 'a-5.txt'), story(PLACES[5]!, [A_LINE]));
    // Site B: pages naming nothing of A's, and one writing A's name in a sentence, agreeing with the folder.
    for (let i = 6; i < 9; i++) await writeFile(path.join(dir, `b-${i}.txt`), story(PLACES[i]!, [B_LINE]));
    await writeFile(
      path.join(dir, 'b-9.txt'),
      story(PLACES[9]!, [B_LINE, 'The story was first broadcast by Kestrel Valley Radio on Friday evening.']),
    );
    const engine = memoryEngine();
    await indexCorpus({ corpusDir: path.dirname(dir), engine, mode: 'full' });
    for (let i = 0; i < 6; i++) assert.equal(engine.articles.get(`drop-a-${i}`)!.outlet, 'Kestrel Valley Radio', `a-${i}`);
    for (let i = 6; i < 9; i++) assert.equal(engine.articles.get(`drop-b-${i}`)!.outlet, 'Unknown', `b-${i}`);
    assert.equal(engine.articles.get('drop-b-9')!.outlet, 'Kestrel Valley Radio');
  });

  it('worker threads send the votes the folder outlet is learned from', async () => {
    const dir = await twoFolders('workers');
    const engine = memoryEngine();
    await indexCorpus({ corpusDir: dir, engine, mode: 'full', workers: 2 });
    for (let i = 0; i < 4; i++) assert.equal(engine.articles.get(`site-page-${i}`)!.outlet, 'Kestrel Valley Radio', `page ${i}`);
  });

  it('learns nothing with the learner off', async () => {
    const dir = await twoFolders('off');
    const engine = memoryEngine();
    await indexCorpus({ corpusDir: dir, engine, mode: 'full', learnFurniture: false });
    assert.equal(engine.articles.get('site-page-0')!.outlet, 'Unknown');
  });
});
