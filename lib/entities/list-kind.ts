import { LIST_ADJECTIVES, MEMBER_SMALL_WORDS } from '../text/kind-words';
import { NAME_PARTICLES } from '../text/words';
import { ENDS_PHRASE } from './name-words';

/**
 * English gives examples of a kind in a list of names, after the kind ("tools like Adobe Sensei", "cities such as Tyre and
 * Sidon", "officials, including Harrow") or before it ("Mosul, Baiji and other towns", "Hitler and other German officials").
 * One reader for every kind: it finds the list a name stands in and hands back the kind's noun; the asker says which nouns
 * are its kinds (thing-examples.ts: things and firms; place-examples.ts: places; kind-of-people.ts: people).
 */

/** Which kinds the asker gives examples of. */
export interface Kinds {
  /** A kind's plural, in lower case ("tools", "cities", "officials"). */
  has(word: string): boolean;
  /** Its kinds can like (people): "people like Apple phones" is the verb, not a list. */
  likers?: boolean;
  /** A noun may stand before its kind after "and other" ("Iceland and other discount chains"): the kind is the last word. */
  nounModifiers?: boolean;
}

/** Where a name stands in a list of examples of a kind. */
export interface ListSlot {
  /** The kind's noun, in lower case. */
  kind: string;
  /** The kind comes before the list ("such as", "like", "including", "especially") or after it ("and other", "or fellow"). */
  side: 'before' | 'after';
  /** The word that ties the list to its kind ("such as", "like", "including", "especially", "include", "other", "fellow"). */
  opener: string;
  /** The name is only part of a member: after or before "&" ("Mark & Graham", "Stanley Black & Decker"). */
  inside: boolean;
}

/** The list the name [start, end) stands in, if its kind is the asker's. */
export function listKind(text: string, start: number, end: number, kinds: Kinds): ListSlot | null {
  return kindBefore(text, start, end, kinds) ?? kindAfter(text, end, kinds);
}

/** How far either side of a name a list is read. */
const REACH = 140;

/**
 * A member's word: capitalised or a numeral ("Wayfair", "7-Eleven", "Copy.ai", "J.Crew", "H&R", "Disney+", "HTML/CSS"), or an
 * initial ("A."). A full stop is a word's only inside it: one before a space ends the sentence and the list with it ("… like
 * Quenby. Marsh said").
 */
const WORD = String.raw`(?:\p{Lu}\p{Ll}?\.|[\p{Lu}\p{N}](?:[\p{L}\p{M}\p{N}'\u2019&+/-]|\.(?=[\p{L}\p{N}]))*)`;
/**
 * Small words inside a member's name ("Tom's of Maine", "Crate & Barrel", "Ruby on Rails", "Brush with Bamboo", "A World at War",
 * "Vincent van Gogh"): no verb, so a member does not run on into its sentence ("tools like Quillmark automate …").
 */
const LINK_WORDS = [...MEMBER_SMALL_WORDS, ...NAME_PARTICLES];
const LINK = `(?:${LINK_WORDS.join('|')}|&|\\+)`;
/** The lower-case words a list holds: LINK's and its joiners. */
const LIST_LOWER: ReadonlySet<string> = new Set([...LINK_WORDS, 'and', 'or']);
/** One member: up to six words, perhaps a parenthesis after it ("US-based Cognizant (estimated 1%)"). */
const MEMBER = String.raw`${WORD}(?: (?:${WORD}|${LINK})){0,5}(?: \([^()\n]{1,30}\))?`;
/** Spaces, no line break. */
const SP = String.raw`[^\S\n]+`;
/**
 * The members from the opener to the name, each with its joiner: "Semrush, Ahrefs, and ", "Brindle, Marsh and ". "And" joins
 * the last member only: after "… and Reforesting Landscapes, " the list has closed. Captured: the start of the name's own member
 * when the name follows "&" ("Mark & ").
 */
const MEMBERS_BEFORE = new RegExp(`^(?:${MEMBER},${SP})*(?:${MEMBER},?${SP}(?:and|or)${SP})?(${MEMBER} & )?$`, 'u');

/** "<kind> such as|like|including|especially <members>", or the kind as the subject of "include(s)", before the name. */
function kindBefore(text: string, start: number, end: number, kinds: Kinds): ListSlot | null {
  const at = openerBefore(text, start);
  if (at < 0) return null;
  const opener = opened;
  const kind = kindWordBefore(text, at, kinds);
  if (!kind) return null;
  const members = MEMBERS_BEFORE.exec(text.slice(at + opener.length + 2, start));
  if (!members || ADJECTIVE_MEMBER.test(members[0])) return null;
  // "Like" after a kind that can like may be the verb ("people like Apple phones"): a preposition only when the name ends its
  // phrase ("people like Yaqubi.", "people like Yaqubi and Harrow"). Things and places like nothing: "tools like X" is a list.
  if (opener === 'like' && kinds.likers && !ENDS_PHRASE.test(text.slice(end, end + 12))) return null;
  return { kind, side: 'before', opener, inside: members[1] !== undefined };
}

/**
 * After the name: the rest of its member ("& Decker"), the list's members, then "and|or other|fellow", up to two modifiers and
 * the kind ("and other senior ministers", "or other Iraqi towns"), not its possessive ("and other tech companies' executives").
 */
const LIST_AFTER = new RegExp(
  `^((?: & ${WORD}(?: ${WORD})*)?)((?:,${SP}${MEMBER})*),?${SP}(?:and|or)${SP}(other|fellow)${SP}((?:[\\p{L}-]+${SP}){0,2}[\\p{L}-]+)(?![\\p{L}\\p{M}'\\u2019])`,
  'u',
);
/**
 * A modifier before the kind: capitalised ("German", "Old World"), an adjective's ending ("senior", "local", "northern", "popular",
 * "military"), a compound ("rebel-held") or a common adjective (LIST_ADJECTIVES). Not any noun: "Zorvex and other software developers"
 * may be a firm among firms.
 */
const MODIFIER = /^(?:\p{Lu}[\p{L}-]*|\p{Ll}+(?:al|ic|ian|ish|ese|ior|ent|ant|ous|ive|ful|ing|ed|ern|ar|ary)|\p{Ll}+-\p{Ll}+)$/u;

/** "<members> and other <kind>" after the name. */
function kindAfter(text: string, e: number, kinds: Kinds): ListSlot | null {
  if (!otherAfter(text, e)) return null;
  const tail = text.slice(e, e + REACH);
  const m = LIST_AFTER.exec(tail);
  if (!m || ADJECTIVE_MEMBER.test(m[2]!)) return null;
  // The kind is the first word that is no modifier ("other German officials", not "other tech companies"), or the last word
  // where the asker allows a noun before it ("other discount chains").
  const words = m[4]!.split(/\s+/);
  for (const [i, w] of words.entries()) {
    const low = w.toLowerCase();
    // (A noun before the kind's head is not it: "other Games venues".)
    const head = !kinds.nounModifiers || !/s$/.test(words[i + 1] ?? '');
    if (kinds.has(low) && head) return { kind: low, side: 'after', opener: m[3]!, inside: m[1] !== '' };
    if (!MODIFIER.test(w) && !LIST_ADJECTIVES.has(w) && !kinds.nounModifiers) return null;
  }
  return null;
}

/** An adjective's shape ("Indigenous", "Political"): no name's. */
export const ADJECTIVE = /(?:ous|ive|ful|able|ible|ical)$/;
/** A member of one word with an adjective's shape: the list is of adjectives, not of names ("Black, Indigenous, and other people"). */
const ADJECTIVE_MEMBER = /(?:^|,\s+|\s(?:and|or)\s+)\p{Lu}\p{Ll}+(?:ous|ive|ful|able|ible|ical)(?=,|\s+(?:and|or)\s|\s*$)/u;

/**
 * The kind right before the opener at `at` ("platforms", "Tools,"), in lower case, if the asker's. A compound's head is its last
 * part ("sub-networks"), unless the asker knows the whole ("start-ups"). (Read back by hand: a regex ending at `at` was tried at
 * each of the characters before.)
 */
function kindWordBefore(text: string, at: number, kinds: Kinds): string | null {
  const b = text.charCodeAt(at - 1) === 44 ? at - 1 : at;
  let a = b;
  let head = b;
  while (a > 0) {
    const c = text.charCodeAt(a - 1);
    if (c === 45) head = head === b ? a : head;
    else if (!letter(c)) break;
    a--;
  }
  if (a === b) return null;
  const whole = text.slice(a, b).toLowerCase();
  if (kinds.has(whole)) return whole;
  const last = head === b ? whole : text.slice(head, b).toLowerCase();
  return last && kinds.has(last) ? last : null;
}

/** A letter or a combining mark. */
function letter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && LETTER.test(String.fromCharCode(c)));
}
const LETTER = /[\p{L}\p{M}]/u;

/** A joiner (",", "&", " and", " or") or an opener's last word (" such as", " like", " including", " especially") ends at `at`. */
function joinerOrOpenerEndsAt(text: string, at: number): boolean {
  switch (text.charCodeAt(at - 1)) {
    case 44: // ,
    case 38: // &
      return true;
    case 100: // d
      return text.endsWith(' and', at);
    case 114: // r
      return text.endsWith(' or', at);
    case 115: // s
      return text.endsWith(' such as', at) || text.endsWith(' includes', at);
    case 101: // e
      return text.endsWith(' like', at) || text.endsWith(' include', at);
    case 103: // g
      return text.endsWith(' including', at);
    case 121: // y
      return text.endsWith(' especially', at);
    default:
      return false;
  }
}

/** The opener openerBefore found last ("such as", "like", "including", "especially"). */
let opened = '';

/**
 * Where the opener of a list the name would stand in starts (the space before it), or -1; the opener in `opened`. Read back word
 * by word over what a list holds — capitalised words and numerals, LIST_LOWER's small words, "&", commas, parentheses — to the
 * opener, and no further than another word, a sentence's end or a line's. A cheap necessary condition for MEMBERS_BEFORE, which
 * decides (by hand: most names stand in no list and are left after a word or two; a search of 140 characters for each opener
 * cost more).
 */
function openerBefore(text: string, start: number): number {
  // (First what must stand right before the name: spaces, and a joiner or an opener's last word. Most names stop here.)
  let i = start - 1;
  while (i >= 0 && blank(text.charCodeAt(i))) i--;
  if (i === start - 1 || i < 0 || !joinerOrOpenerEndsAt(text, i + 1)) return -1;
  const floor = Math.max(0, start - REACH);
  let p = i + 1;
  let paren = false;
  while (p > floor) {
    const c = text.charCodeAt(p - 1);
    if (c === 10 || c === 13) return -1;
    if (blank(c) || c === 44) {
      p--;
      continue;
    }
    let a = p - 1;
    while (a > floor && !wordStop(text.charCodeAt(a - 1))) a--;
    const f = text.charCodeAt(a);
    if (paren || c === 41)
      paren = f !== 40; // (inside a parenthesis, any word: "(estimated 1%)")
    else if (f >= 97 && f <= 122) {
      if (p - a > 10) return -1; // (no opener or small word is longer)
      const w = text.slice(a, p);
      if (text.charCodeAt(p) === 32 && text.charCodeAt(a - 1) === 32) {
        if (w === 'like' || w === 'including' || w === 'especially') return ((opened = w), a - 1);
        // ("Granite islands include Seychelles and Tioman", "Speakers include Hale and Moss": the kind is the verb's subject.)
        if (w === 'include' || w === 'includes') return ((opened = 'include'), a - 1);
        if (w === 'as' && text.startsWith(' such', a - 6)) return ((opened = 'such as'), a - 6);
      }
      if (!LIST_LOWER.has(w)) return -1;
    } else if (!memberStart(f) || sentenceEnd(text, a, p)) return -1;
    p = a;
  }
  return -1;
}

/** Whether "and|or other|fellow" follows the name's list: read on as openerBefore reads back (MEMBERS_AFTER decides). */
function otherAfter(text: string, e: number): boolean {
  // (First what must stand right after the name: a comma and a member or a joiner, or a space and "and", "or" or "&".)
  const c0 = text.charCodeAt(e);
  if (c0 === 44) {
    const n = text.charCodeAt(text.charCodeAt(e + 1) === 32 ? e + 2 : e + 1);
    if (!memberStart(n) && n !== 97 && n !== 111) return false;
  } else if (!blank(c0) || !(text.startsWith('and', e + 1) || text.startsWith('or', e + 1) || text.charCodeAt(e + 1) === 38)) return false;
  const ceil = Math.min(text.length, e + REACH);
  let p = e;
  let paren = false;
  while (p < ceil) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13) return false;
    if (blank(c) || c === 44) {
      p++;
      continue;
    }
    let b = p + 1;
    while (b < ceil && !wordStop(text.charCodeAt(b))) b++;
    if (paren || c === 40) paren = text.charCodeAt(b - 1) !== 41;
    else if (c >= 97 && c <= 122) {
      if (b - p > 4) return false; // (no small word or joiner is longer)
      const w = text.slice(p, b);
      if (w === 'and' || w === 'or') {
        while (blank(text.charCodeAt(b))) b++;
        return text.startsWith('other', b) || text.startsWith('fellow', b);
      }
      if (!LIST_LOWER.has(w)) return false;
    } else if (!memberStart(c) || sentenceEnd(text, p, b)) return false;
    p = b;
  }
  return false;
}

/** What a word of a list may start with: a capital, a numeral, "&" or "+" (or any letter beyond ASCII, which WORD judges). */
function memberStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 38 || c === 43 || c > 127;
}

/** The word [a, b) ends a sentence or a clause: a stop after it ("Quenby."), not an initial's ("A.", "St."). */
function sentenceEnd(text: string, a: number, b: number): boolean {
  const c = text.charCodeAt(b - 1);
  if (c === 46) return b - a > 3;
  return c === 33 || c === 63 || c === 59 || c === 58;
}

/** A word ends here: white space, a comma or a line break. */
function wordStop(c: number): boolean {
  return blank(c) || c === 44 || c === 10 || c === 13;
}

/** White space other than a line break (a list does not run across lines). */
function blank(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 0x202f || c === 0x2009;
}
