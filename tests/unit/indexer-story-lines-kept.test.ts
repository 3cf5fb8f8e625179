/**
 * Story lines that rules written for furniture used to drop (issue 18, the twentieth session's
 * body-lost round): a paragraph of the story that opens with a date, a hard-wrapped paragraph whose
 * lines look like headlines, and short lines of a script without letter case under the headline,
 * which have no capitals to read as a menu in capitals. Each case has a twin the rule must still
 * drop. The text is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText, phraseReason } from '../../indexer/clean/index.ts';
import { looksLikeCapsMenu } from '../../indexer/clean/shape.ts';

const keptText = (text: string) => cleanText(text).kept.map((l) => l.text);
const page = (...lines: string[]) => lines.join('\n\n');

describe('a dated paragraph with the story below it', () => {
  const HEADLINE = 'Harbour town counts the cost of the winter storms';
  const P1 =
    'The harbour master said on Monday that the repairs to the outer wall would take most of the spring and cost more than planned.';
  const DATED =
    '14 February 2024 was the worst night of the winter, when waves broke over the outer wall of the harbour, flooded the fish market and tore two fishing boats from their moorings before dawn.';
  const P2 =
    'Fishermen say the harbour wall has been weak for years and that the council was warned about the cracks long before the storms came.';
  const P3 =
    'The council said the money for the repairs of the harbour would come from its reserves and that the fish market would open again in April.';
  const P4 =
    'Boat owners whose boats were damaged in the harbour can ask the council for help with the cost of repairs until the end of March.';

  it('keeps a paragraph that opens with a date when the story runs on below it', () => {
    assert.ok(keptText(page(HEADLINE, P1, DATED, P2, P3, P4)).includes(DATED));
  });

  it('still drops a dated teaser of another story below the story', () => {
    const TEASER = '12 March 2024 Mountain village opens its new ski lift after two winters of building work on the northern slope';
    const kept = keptText(page(HEADLINE, P1, P2, P3, P4, TEASER));
    assert.ok(!kept.includes(TEASER));
  });
});

describe('a hard-wrapped paragraph between the paragraphs', () => {
  const HEADLINE = 'Stadtrat streitet weiter über die neue Brücke';
  const P1 =
    'Die Sitzung des Stadtrats am Dienstag dauerte bis tief in die Nacht, und eine Entscheidung über die neue Brücke fiel wieder nicht.';
  const P2 =
    'Der Bürgermeister sagte danach, er hoffe auf eine Einigung im Frühjahr, weil sonst die Fördergelder des Landes verfallen würden.';
  const P3 = 'Die Anwohner der Altstadt wollen nun Unterschriften sammeln, damit die alte Brücke für den Verkehr wieder geöffnet wird.';
  // One paragraph wrapped at the scraper's width: capitalised line starts, no full stop at the ends.
  const WRAPPED = [
    'Streit um die Kosten der Planung',
    'Nach dem Gutachten der Stadtwerke verlangten die Grünen eine neue Prüfung der Kosten für den',
    'Neubau. Am Mittwochabend aber erhitzten wieder zwei Zahlen die Gemüter der Fraktionen und der',
    'anwesenden Bürger, denn die Planung allein soll schon mehr als zwei Millionen Euro kosten.',
  ];

  it('keeps the wrapped lines: a line the next line continues is no headline of a run', () => {
    const kept = keptText([HEADLINE, '', P1, '', WRAPPED.join('\n'), '', P2, '', P3].join('\n'));
    for (const l of WRAPPED.slice(1)) assert.ok(kept.includes(l), l);
  });
});

describe('a script without letter case under the headline', () => {
  const HEADLINE = '시의회 새 다리 건설 예산 두고 또 논란';
  const CLAUSE = '시의회 예산 심사 지난달 시작';
  const P1 = '시의회는 어제 밤늦게까지 새 다리 건설 예산을 두고 회의를 열었지만 결론을 내리지 못했다고 밝혔습니다.';
  const P2 = '시장은 회의가 끝난 뒤 봄까지는 합의가 이루어지기를 바란다며 정부 지원금이 사라질 수 있다고 말했습니다.';
  const P3 = '주민들은 옛 다리를 다시 열어 달라며 서명 운동을 시작하겠다고 밝혔고 시의회는 다음 달 다시 논의하기로 했습니다.';

  it('reads no menu in capitals in a line without capitals', () => {
    assert.equal(looksLikeCapsMenu(CLAUSE), false);
    assert.equal(looksLikeCapsMenu('NEWS SPORT WEATHER CULTURE'), true);
    assert.equal(looksLikeCapsMenu('US EUROPE AFRICA ASIA 中文'), true);
  });

  it('keeps a short clause of the story under the headline', () => {
    assert.ok(keptText(page(HEADLINE, CLAUSE, P1, P2, P3)).includes(CLAUSE));
  });

  it("drops the share button's sentence form", () => {
    assert.equal(phraseReason('이 기사를 공유합니다'), 'promotion');
    assert.equal(phraseReason('기사 공유하기'), 'promotion');
    assert.equal(phraseReason('그는 이 기사를 공유합니다 라고 말했다'), null);
  });
});

describe("the story's lead printed again as its first paragraph", () => {
  const HEADLINE = 'Ferry service to the islands resumes after the strike';
  const LEAD = 'The ferries to the northern islands sailed again on Friday after the crews ended a four-day strike over pay.';
  const P1 = 'The first boat left the harbour at seven in the morning with more than two hundred passengers and a dozen lorries on board.';
  const P2 = 'The union said its members had accepted an offer of a higher wage for this year and a review of the rosters in the autumn.';
  const P3 =
    'Islanders said the strike had left shops without fresh food and kept patients from their hospital appointments on the mainland.';

  it('keeps the later copy of the lead when the text goes on right below it', () => {
    const kept = keptText(page(HEADLINE, LEAD, 'Islands ferry strike ends', LEAD, P1, P2, P3));
    assert.equal(kept.filter((t) => t === LEAD).length, 2);
  });

  it("still drops a caption's later copy printed right under the first", () => {
    const CAPTION = 'Passengers board the first ferry to the northern islands at the harbour on Friday morning after the strike.';
    const kept = keptText(page(HEADLINE, CAPTION, CAPTION, P1, P2, P3));
    assert.ok(kept.filter((t) => t === CAPTION).length <= 1);
  });
});
