/**
 * A place's name as a game's territory or map ("On the Risk board one player held Kamchatka…", "spawn points on Nepal and
 * Samoa", "players can now drive from Los Santos … without a loading screen"): the sentence speaks of players and of a
 * game's space — spawn points, loading screens, respawns, a multiplayer or in-game map, "across the map", "on the <Game>
 * board", "the <Name> map(s)". Where the players are is their place ("players in Brazil", "gamers from Texas", "the
 * studio in Montreal"), and a sentence without a game's space keeps its places ("players flew to Madrid").
 * Cost: per place hit, one match on its sentence (at most 300 characters either side) for players, a second only then.
 */
import type { Span } from '../types';

const PLAYERS = /\b(?:[Pp]layers?|[Gg]amers?)\b/;
const GAME_SPACE =
  /\b(?:spawn(?:ing)?\s+points?|respawn\w*|loading\s+screens?|in-game|multiplayer\s+maps?|game\s+maps?|[Aa]cross\s+the\s+map|[Oo]n\s+the\s+\p{Lu}[\p{L}-]*\s+board|[Tt]he\s+\p{Lu}[\p{L}-]*\s+maps?\b)/u;
/** The players' or the makers' own place: "players in Brazil", "gamers from Texas", "the studio in Montreal". */
const WHERE_PEOPLE_ARE = /\b(?:[Pp]layers|gamers|fans|studios?|developers?|servers?)\s+(?:in|from|based\s+in)\s+$/;

/** The sentence around `span` (to the nearest sentence ends, at most 300 characters either side). */
function sentenceOf(text: string, span: Span): string {
  const lo = Math.max(0, span.start - 300);
  const hi = Math.min(text.length, span.end + 300);
  const before = text.slice(lo, span.start);
  const after = text.slice(span.end, hi);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const stop = after.search(/[.!?](?:\s|$)|\n/);
  return before.slice(cut + 1) + text.slice(span.start, span.end) + (stop >= 0 ? after.slice(0, stop) : after);
}

/** True where the place hit at `span` names a territory or a map of a game the sentence speaks of. */
export function gameTerritory(text: string, span: Span): boolean {
  const sentence = sentenceOf(text, span);
  if (!PLAYERS.test(sentence) || !GAME_SPACE.test(sentence)) return false;
  return !WHERE_PEOPLE_ARE.test(text.slice(Math.max(0, span.start - 30), span.start));
}
