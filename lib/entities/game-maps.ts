/**
 * A place's name as a game's territory or map ("On the Risk board one player held Kamchatka…", "spawn points on Nepal and
 * Samoa", "players can now drive from Los Santos … without a loading screen"): the sentence speaks of players and of a
 * video game's space — spawn points, loading screens, respawns, a multiplayer or in-game map — or of one player and of a
 * board's or map's space — "across the map" (not "from across the map"), "on the <Game> board", "the <Name> map(s)".
 * Where the players are is their place ("players in Brazil", "gamers from Texas", "the studio in Montreal"), and a
 * sentence without a game's space keeps its places ("players flew to Madrid", "rugby players on the Wales board").
 * Cost: one match over the text for players, once per text; only where it has them, per place hit one match on its sentence
 * (at most 300 characters either side), a second only then.
 */
import type { Span } from '../types';

const PLAYERS = /\b(?:[Pp]layers?|[Gg]amers?)\b/;
/** A video game's space: said of players in the plural too. */
const GAME_SPACE = /\b(?:spawn(?:ing)?\s+points?|respawn\w*|loading\s+screens?|in-game|multiplayer\s+maps?|game\s+maps?)\b/;
/**
 * A board's or a map's words that sports copy uses too ("players from across the map", "the Wales board"): only with one
 * player, a game's turn-taker ("one player held", "the player who holds").
 */
const ONE_PLAYER = /\b[Pp]layer\b(?!s)/;
const BOARD_SPACE = /(?:(?<!\bfrom\s)\b[Aa]cross\s+the\s+map|\b[Oo]n\s+the\s+\p{Lu}[\p{L}-]*\s+board|\b[Tt]he\s+\p{Lu}[\p{L}-]*\s+maps?)\b/u;
/** The players' or the makers' own place: "players in Brazil", "gamers from Texas", "the studio in Montreal". */
const WHERE_PEOPLE_ARE = /\b(?:[Pp]layers|gamers|fans|studios?|developers?|servers?)\s+(?:in|from|based\s+in)\s+$/;

/** Whether the text speaks of players or gamers at all, asked once per text (most articles do not: no sentence is cut for them). */
let playersText: string | null = null;
let playersAny = false;
function playersIn(text: string): boolean {
  // (The pattern only where "layer" or "amer" stands, as in every match: a plain search, not a regex tried at every character.)
  if (text !== playersText) [playersText, playersAny] = [text, (text.includes('layer') || text.includes('amer')) && PLAYERS.test(text)];
  return playersAny;
}

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
  if (!playersIn(text)) return false;
  const sentence = sentenceOf(text, span);
  if (!(PLAYERS.test(sentence) && GAME_SPACE.test(sentence)) && !(ONE_PLAYER.test(sentence) && BOARD_SPACE.test(sentence))) return false;
  return !WHERE_PEOPLE_ARE.test(text.slice(Math.max(0, span.start - 30), span.start));
}
