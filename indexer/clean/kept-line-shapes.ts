/**
 * The line shapes read last, on the lines every other rule kept, in one pass: source and credit
 * lines (source-lines.ts), the newsroom's invitations to write to it (newsroom-contact.ts),
 * players' or galleries' labels (media-labels.ts), the page's controls and widget labels (ui-labels.ts),
 * a link of a few words drawn with an arrow (title-shapes.ts) and credits by role or under an avatar
 * (credit-shapes.ts).
 *
 * Why last: several rules count the unlabelled short lines around the story (story-end.ts's
 * stretch of labels below it); run with the phrase rules, a lone wire labelled early changed that
 * count and a held-out page kept a menu line, and a contact label taken early made a blind page
 * keep another story's headline.
 */
import { isMediaLabel } from './media-labels.ts';
import { isNewsroomContact, isWitnessCall, lastStoryParagraph } from './newsroom-contact.ts';
import { isSourceLine } from './source-lines.ts';
import type { ContentLine } from './structure.ts';
import { uiLabelReason } from './ui-labels.ts';
import { isDoubledName, isPublishedBy, isRoleCredit } from './credit-shapes.ts';
import { isArrowLink } from './title-shapes.ts';

/**
 * Most words of a link drawn with an arrow, the arrow counted ("Translate »", "‹ Back", "View the list ›"):
 * a site's link labels, in any language. A teaser's paragraph may end in the same arrow after its text.
 */
const MAX_ARROW_LINK_WORDS = 4;

export function markKeptLineShapes(lines: ContentLine[]): void {
  const last = lastStoryParagraph(lines);
  lines.forEach((l, i) => {
    if (l.reason !== null) return;
    if (isSourceLine(l.text, l.words) || isRoleCredit(l.text, l.words) || isDoubledName(l.text, l.words) || isPublishedBy(l.text, l.words))
      l.reason = 'credit';
    else if (isNewsroomContact(l.text, l.words) || (i > last && isWitnessCall(l.text, l.words)) || isMediaLabel(l.text, l.words))
      l.reason = 'promotion';
    else if (l.words <= MAX_ARROW_LINK_WORDS && isArrowLink(l.text)) l.reason = 'navigation';
    else l.reason = uiLabelReason(l.text, l.words);
  });
}
