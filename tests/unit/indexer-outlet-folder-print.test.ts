import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FurnitureLearner } from '../../indexer/clean/furniture.ts';
import { folderVotes } from '../../indexer/infer/outlet-folder.ts';
import { printVotes } from '../../indexer/infer/outlet-folder-print.ts';

/** Invented places and stories: the pages of a folder differ in everything but what the site prints. */
const PLACES = ['Alder Ford', 'Brackenhurst', 'Coldwater', 'Dunmere', 'Elmstead', 'Fenwick', 'Gorse Hill', 'Hollin'];

/** An invented page about `place`: `top` lines, its headline, three paragraphs naming no outlet, `foot` lines. */
function page(place: string, top: readonly string[], foot: readonly string[] = []): string {
  return [
    ...top,
    `Roadworks in ${place} to finish before the winter`,
    `Crews working on the main road through ${place} expect to finish before the first frost, the county roads office said.`,
    `Drivers have used a diversion through the lanes around ${place} since the spring, and residents asked for speed.`,
    `The roads office said the new surface in ${place} should last twenty years and would be quieter for the houses.`,
    ...foot,
  ].join('\n\n');
}

/** The outlet each folder learns from these pages (folder → name). */
function learned(folders: Record<string, string[]>): Record<string, string> {
  const learner = new FurnitureLearner();
  for (const [folder, pages] of Object.entries(folders)) for (const text of pages) learner.add(text, folder);
  return Object.fromEntries([...learner.folderOutlets()].map(([f, o]) => [f, o.value]));
}

describe('votes from what a site prints', () => {
  it("reads a title line's site, an address alone, a © holder and a newsroom credit", () => {
    const names = (line: string) => printVotes(line).map((v) => `${v.kind}:${v.name}`);
    assert.deepEqual(names('Roadworks in Dunmere to finish before the winter | Kestrel Courier'), ['title-part:Kestrel Courier']);
    assert.deepEqual(names('Kestrel Courier - Roadworks in Dunmere to finish before the winter'), ['title-part:Kestrel Courier']);
    assert.deepEqual(names('www.kestrelcourier.example'), ['address:kestrelcourier.example']);
    assert.deepEqual(names('© 2024 Kestrel Courier Ltd. All rights reserved.'), ['copyright:Kestrel Courier']);
    assert.deepEqual(names('Kestrel Courier Staff'), ['newsroom:Kestrel Courier']);
    assert.deepEqual(names('Write to the newsroom: desk@kestrelcourier.example'), ['address:kestrelcourier.example']);
  });

  it('reads none from a menu, a section after the headline, a wire, a sentence or a kicker before it', () => {
    const none = [
      'Home | About us',
      'Roadworks in Dunmere to finish before the winter | Politics',
      '© 2024 Reuters',
      'The council said the work - which began in May - would end in October | Kestrel Courier.',
      'Lokales - Roadworks in Dunmere to finish before the winter',
      'Roadworks in Dunmere to finish before the winter | Credit: Kestrel Courier',
      'Roadworks in Dunmere to finish before the winter | 58. Kestrel',
      'Roadworks in Dunmere to finish before the winter | Kestrel, Larkspur, Merlin',
      'Roadworks in Dunmere to finish before the winter | 12 October, 2024',
      '© 2024 Provided by The Associated Press',
      '© Kestrel Courier / Larkspur Post',
    ];
    for (const line of none) assert.deepEqual(printVotes(line), [], line);
  });

  it("reads a masthead only from the page's first line", () => {
    assert.deepEqual(
      folderVotes('Kestrel Courier: news from the valley\n\nKestrel Courier: news from the valley').map((v) => `${v.kind}:${v.name}`),
      ['masthead:Kestrel Courier'],
    );
    assert.deepEqual(folderVotes('Some story text here.\n\nKestrel Courier: news from the valley'), []);
  });
});

describe('folder outlets from what a site prints', () => {
  const titled = (place: string) => `Roadworks in ${place} to finish before the winter | Kestrel Courier`;

  it("learns the name the folder's title lines share, and no name from a folder of many sites", () => {
    const sites = ['Kestrel Courier', 'Larkspur Post', 'Merlin Herald', 'Nightjar Times'];
    assert.deepEqual(
      learned({
        one: PLACES.slice(0, 5).map((p) => page(p, [titled(p)])),
        many: PLACES.map((p, i) => page(p, [`Roadworks in ${p} to finish before the winter | ${sites[i % 4]}`])),
      }),
      { one: 'Kestrel Courier' },
    );
  });

  it("learns no name from a title line's plain word or person's name alone: a section or a byline, unless another shape agrees", () => {
    const ending = (tail: string) => PLACES.slice(0, 5).map((p) => page(p, [`Roadworks in ${p} to finish before the winter | ${tail}`]));
    const confirmed = ending('Kestrel').map((text, i) => (i === 0 ? `${text}\n\n© 2024 Kestrel` : text));
    assert.deepEqual(learned({ section: ending('Verkehr'), byline: ending('Jane Doe'), confirmed }), { confirmed: 'Kestrel' });
  });

  it('learns no name from one line printed alike on every page: a menu, not a headline and its site', () => {
    const menu = 'Home | Roads and traffic around the valley | Kestrel Courier';
    assert.deepEqual(learned({ menu: PLACES.slice(0, 5).map((p) => page(p, [menu])) }), {});
  });

  it('agrees on a short and a long spelling of one name (title line and © line)', () => {
    const pages = PLACES.slice(0, 6).map((p, i) =>
      page(p, i < 3 ? [titled(p)] : [], i >= 3 ? ['© 2024 Kestrel Courier Media Group. All rights reserved.'] : []),
    );
    assert.deepEqual(learned({ spellings: pages }), { spellings: 'Kestrel Courier' });
  });

  it('takes a first line shared by the folder as its masthead only when another shape names it too', () => {
    const alone = PLACES.slice(0, 5).map((p) => page(p, ['Lokales']));
    const mast = PLACES.slice(0, 5).map((p, i) =>
      page(p, ['Kestrel Courier: news from the valley', ...(i === 0 ? ['www.kestrelcourier.example'] : [])]),
    );
    assert.deepEqual(learned({ alone, mast }), { mast: 'Kestrel Courier' });
  });

  it("counts a contact e-mail's domain only where another shape names the site: alone, it may be a mail provider's", () => {
    const mail = (i: number) => `Tips to desk${i}@kestrelcourier.example`;
    const alone = PLACES.slice(0, 5).map((p, i) => page(p, [], [mail(i)]));
    const confirmed = PLACES.slice(0, 5).map((p, i) => page(p, i === 0 ? [titled(p)] : [], [mail(i)]));
    assert.deepEqual(learned({ alone, confirmed }), { confirmed: 'Kestrel Courier' });
  });

  it('learns a newsroom credit and an address the folder shares', () => {
    assert.deepEqual(
      learned({
        credit: PLACES.slice(0, 4).map((p) => page(p, [], ['Kestrel Courier Staff'])),
        address: PLACES.slice(0, 4).map((p) => page(p, ['www.larkspurpost.example'])),
      }),
      { credit: 'Kestrel Courier', address: 'larkspurpost.example' },
    );
  });
});
