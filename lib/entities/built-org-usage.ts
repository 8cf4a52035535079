import type { Span } from '../types';
import type { LexiconSets } from './lexicon-sets';
import { WORSHIP_HEADS } from './building-venue';

/**
 * Article-built "organisations" whose use in the article names something else (issue 18; the built-organisation audit of seed 40,
 * tests/fixtures/built-orgs-judged-2026-12-07-seed40.json, and the real pages):
 *
 *  - withPlus: a name with "+" joined to it is a streaming service's or a credential's ("Can't access Disney+", "the CompTIA
 *    Network+ certification"): the mention is the service's, not the firm's; the caller drops such mentions (a card whose
 *    mentions are all so is dropped with them);
 *  - kindQualifier: a name of everyday words before a plural kind of body in lower case ("HR Consulting firms offer …", "Strategic
 *    HR or Centre of Excellence teams"): the words say which kind of firms or teams, as "marketing agencies" does; a body's own
 *    name has a word of its own ("Acme Consulting");
 *  - programmeAcronym: an acronym the article writes only before a programme's or a standard's noun ("It reminds us a bit of the
 *    COTS program", "the CLPS initiative", "the JATS standard"): the acronym names the programme; a body's acronym is written
 *    alone somewhere ("the USDA program … the USDA said");
 *  - houseOfWorship: a cathedral, an abbey, a chapel, a mosque, a synagogue is a building and its parish, a place a reader visits
 *    ("the fine acoustics of their venue – Brecon Cathedral"), no organisation; ("… Church" is a body's name as often: "the
 *    Catholic Church").
 * Name- and character-based (a Set test first); kindQualifier, programmeAcronym and houseOfWorship are asked with built-org-doubt.ts's evidence.
 */
export function withPlus(text: string, m: Span): boolean {
  return text[m.end] === '+' && !/[\p{L}\p{N}+]/u.test(text[m.end + 1] ?? ' ');
}

export function kindQualifier(text: string, name: string, mentions: readonly Span[], L: LexiconSets): boolean {
  const ws = name.split(/\s+/);
  if (ws.length < 2) return false;
  for (const w of ws) if (!L.everyday.has(w.toLowerCase()) && !SMALL.has(w) && !/^\p{Lu}{2,4}$/u.test(w)) return false;
  for (const m of mentions) {
    if (text[m.end] !== ' ') continue; // (cheap: a space after the name)
    const k = KIND_AFTER.exec(text.slice(m.end, m.end + 16));
    if (k) return true;
  }
  return false;
}
/** A plural kind of body right after, in lower case: " firms", " teams", " agencies". */
const KIND_AFTER = /^ (?:firms|companies|agencies|teams|departments|providers|consultancies|consultants|specialists)(?![\p{L}\p{N}])/u;
const SMALL: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', '&']);

export function programmeAcronym(text: string, name: string, mentions: readonly Span[]): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return false;
  for (const m of mentions) if (!PROGRAMME_AFTER.test(text.slice(m.end, m.end + 16))) return false;
  return mentions.length > 0;
}
/** A programme's, a scheme's or a standard's noun right after, in lower case (not "certification": "SCA certification" is the body's). */
const PROGRAMME_AFTER = /^ (?:program|programme|initiative|scheme|standard|protocol|specification)(?![\p{L}])/u;

export function houseOfWorship(name: string): boolean {
  const sp = name.lastIndexOf(' ');
  return sp > 0 && WORSHIP_HEADS.has(name.slice(sp + 1).toLowerCase());
}
