import type { Span } from '../types';

/**
 * An article-built "organisation" that the article treats as a competition or an event (issue 18; the built-organisation audit,
 * tests/fixtures/links-judged-2026-12-07-s33.json: "won the UEFA Champions League twice"). A league, a cup, a championship, a
 * tournament, a festival or an expo is played, won and held: where a mention says so — "won the … Cup", "the … League final",
 * "three … League titles", "the … Festival, held in June" — the name is the event's, and an organisation's card for it is wrong.
 * Asked with built-org-doubt.ts's evidence: a mention that gives a body's acts ("… League said", "… Cup announced") keeps the card.
 */
export function heldCompetition(text: string, name: string, mentions: readonly Span[]): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  if (!EVENT_HEADS.has(last)) return false;
  for (const m of mentions) {
    if (WON_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return true;
    const after = text.slice(m.end, m.end + 40);
    if (PART_AFTER.test(after) || HELD_AFTER.test(after)) return true;
  }
  return false;
}

/**
 * Heads of competitions' and events' names (a league is a body too: it takes this evidence to be read as the competition). Not
 * "Games", "Series": game studios and publishers are so named ("Riot Games titles").
 */
const EVENT_HEADS: ReadonlySet<string> = new Set(
  'league cup championship championships trophy tournament open festival expo marathon olympics bowl'.split(' '),
);
/** A competition won, lifted or hosted right before: "won the UEFA Champions League", "to win the … Cup", "hosted the … Games". */
const WON_BEFORE =
  /\b(?:won|win|wins|winning|lifted|lift|lifts|clinched|clinch|hosted|host|hosts|hosting)\s+(?:the\s+|a\s+|their\s+|his\s+|her\s+|its\s+)?(?:\w+\s+)?$/;
/** A part or a prize of a competition right after: "… League final", "… League titles", "… Cup semi-final", "… Open champion". */
const PART_AFTER =
  /^(?:'s|\u2019s)?\s(?:finals?|semi-?finals?|quarter-?finals?|titles?|trophy|trophies|matche?s?|fixtures?|seasons?|winners?|champions?|crown|group stage|knockout stage|qualifiers?|qualifying|play-?offs?)\b/;
/** Held or taking place, right after: "the … Festival, held in June", "… Expo takes place", "… Games were held". */
const HELD_AFTER =
  /^,?\s(?:(?:which|that)\s)?(?:(?:is|was|were|will\s+be|are)\s)?(?:held|takes\s+place|took\s+place|kicks\s+off|kicked\s+off|runs\s+from|ran\s+from)\b/;
