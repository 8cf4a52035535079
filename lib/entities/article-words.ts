import { ENGLISH_FUNCTION_WORDS } from '../text/english';
import { FACILITY_HEADS } from '../text/place-words';
import type { Run, Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { isRole } from './person-evidence';

/** The lower-case word right after a name, one space on. */
const ROLE_AFTER = /^ (\p{Ll}+)\b/u;

/**
 * The text is English prose, or too short to tell: at least 40 lower-case words and fewer than 6 %
 * of them English function words is another language ("Sebelum Islam", "Neben Account": an
 * Indonesian or a German page's capitalised words are no names by English conventions). Read from
 * the first 1,000 lower-case words at most.
 */
export function readsAsEnglish(tokens: Token[]): boolean {
  let lower = 0;
  let english = 0;
  for (let i = 0; i < tokens.length && lower < 1000; i++) {
    const t = tokens[i]!;
    const c = t.low.charCodeAt(0);
    // Latin-script words only: a Russian or Arabic page is no page whose capitals follow another Latin-script
    // language's conventions (German nouns), and its names are still names ("Алла Ершова").
    if (t.cap || c < 97 || (c > 122 && c < 0xc0) || c > 0x24f) continue;
    lower++;
    // (Sixty is 6 % of the most lower-case words read: from there on the answer is yes, whatever follows.)
    if (ENGLISH_FUNCTION_WORDS.has(t.low) && ++english >= 60) return true;
  }
  return lower < 40 || english >= 0.06 * lower;
}

/**
 * The words the article writes in lower case, indexed once per article on the first question
 * (shared by the person finder and the name finder: one pass over the tokens, not one per name).
 */
export class LowerWords {
  /** The lower-case tokens by lowKey, chained: head[k] - 1 is the last such token of bucket k, next[i] - 1 the one before token i (0: none). */
  private head: Int32Array | null = null;
  private next: Int32Array | null = null;
  /** Buckets - 1: a power of two from 64 to 4,096, about half the tokens (a short page clears no 4,096 buckets). */
  private mask = 0;

  constructor(private readonly tokens: Token[]) {}

  /**
   * Some token not capitalised has `low` as its lower-case text. (Not a Set of the words: a long article asks
   * about a hundred words of its thousands, and a Set hashed every lower-case token, which nothing else hashes
   * now — candidates.ts, product-names.ts — where this index reads three characters and the length of each.)
   */
  has(low: string): boolean {
    if (!this.head) this.index();
    const next = this.next!;
    for (let j = this.head![lowKey(low, this.mask)]!; j > 0; j = next[j - 1]!) if (this.tokens[j - 1]!.low === low) return true;
    return false;
  }

  /** The indexes of the tokens not capitalised whose lower-case text is `low`, in text order (the same index as has()). */
  indexes(low: string): number[] {
    if (!this.head) this.index();
    const next = this.next!;
    const out: number[] = [];
    for (let j = this.head![lowKey(low, this.mask)]!; j > 0; j = next[j - 1]!) if (this.tokens[j - 1]!.low === low) out.push(j - 1);
    return out.reverse();
  }

  /**
   * The indexes of the tokens not capitalised whose lower-case text is one of `words`, in text order: for a pass that reads only
   * tokens of a list's words (lower-firms.ts, lower-again.ts), one look per word of the list instead of a hash of every token.
   */
  indexesOf(words: Iterable<string>): number[] {
    const out: number[] = [];
    for (const w of words) if (this.has(w)) for (const i of this.indexes(w)) out.push(i);
    return out.sort((a, b) => a - b);
  }

  private index(): void {
    const ts = this.tokens;
    let buckets = 64;
    while (buckets < 4096 && buckets * 2 < ts.length) buckets *= 2;
    const mask = (this.mask = buckets - 1);
    const head = new Int32Array(buckets);
    const next = new Int32Array(ts.length);
    for (let i = 0; i < ts.length; i++) {
      if (ts[i]!.cap) continue;
      const k = lowKey(ts[i]!.low, mask);
      next[i] = head[k]!;
      head[k] = i + 1;
    }
    this.head = head;
    this.next = next;
  }

  private caps: Map<string, Token[]> | null = null;
  private asked = 0;

  /**
   * The capitalised tokens whose text is `word`, in text order: a pass over the tokens for the first few questions (most articles
   * ask two or three), then an index built once.
   */
  capitalised(word: string): readonly Token[] {
    if (!this.caps && this.asked++ < 4) {
      const out: Token[] = [];
      for (let i = 0; i < this.tokens.length; i++) if (this.tokens[i]!.text === word && this.tokens[i]!.cap) out.push(this.tokens[i]!);
      return out;
    }
    if (!this.caps) {
      const m = new Map<string, Token[]>();
      for (let i = 0; i < this.tokens.length; i++) {
        const t = this.tokens[i]!;
        if (!t.cap) continue;
        const list = m.get(t.text);
        if (list) list.push(t);
        else m.set(t.text, [t]);
      }
      this.caps = m;
    }
    return this.caps.get(word) ?? NONE;
  }
}
const NONE: readonly Token[] = [];

/** A word's bucket in LowerWords' index, from its length and its first, middle and last characters (an empty word: bucket 0). */
const lowKey = (w: string, mask: number): number => {
  const n = w.length;
  return n ? (n * 131 + w.charCodeAt(0) * 31 + w.charCodeAt(n - 1) * 7 + w.charCodeAt(n >> 1)) & mask : 0;
};

/**
 * What the article itself says about its capitalised words, asked by the name finder
 * (lib/entities/other-names.ts) before it builds a card from a name's shape alone. Each answer is
 * computed once per article, and only when a name asks (most articles never do for some of them).
 */
export class ArticleWords {
  private initials: string | null = null;
  /** The initials of runs headed by a building's or a place's word ("International Space Station"): acronym-kind below. */
  private placeInitials = '|';

  constructor(
    private readonly text: string,
    private readonly lower: LowerWords,
    private readonly runs: Run[],
    private readonly L: LexiconSets,
  ) {}

  /**
   * The article writes the word in lower case somewhere ("perfect", "privacy"): an everyday word of
   * its language, not a personal name ("Perfect Privacy", "Acceptance Rate").
   */
  writtenLower(low: string): boolean {
    return this.lower.has(low);
  }

  /** Any of the tokens' words is written in lower case in the article. */
  someWrittenLower(ts: Token[]): boolean {
    for (let i = 0; i < ts.length; i++) if (this.writtenLower(ts[i]!.low)) return true;
    return false;
  }

  /**
   * A role, a title or a word for kin right after `end` ("… leader", "… cleric", "… spokesman"): the
   * capitalised words before it qualify the role ("Interim Palestinian leader", "Google Cloud engineer")
   * rather than name a person.
   */
  roleAfter(end: number): boolean {
    const m = ROLE_AFTER.exec(this.text.slice(end, end + 24));
    return !!m && isRole(m[1]!, this.L);
  }

  /**
   * The article spells the acronym out as an organisation's name: its letters are the initials of
   * consecutive capitalised words of a run that has an organisation's head word ("Coalition
   * Provisional Authority" for CPA, "Housing Authority of New Orleans" for HANO, "Food and Drug
   * Administration" for FDA). "Search Engine Optimization" spells out SEO but names no organisation.
   */
  spelledOut(acronym: string): boolean {
    if (this.initials === null) {
      let s = '|';
      for (const r of this.runs) {
        // (Only runs with an organisation's head or lead word are spelled: asked first, no strings built for the others, most.)
        if (!this.orgWord(r.tokens)) continue;
        // The whole run's initials, then its parts' between the words that join names ("Kiwi Bank and the Green Party").
        let caps = '';
        let parts = '';
        for (const t of r.tokens) {
          if (!t.cap) {
            if (t.low !== 'of') parts += '|';
            continue;
          }
          const initial = t.text[0]!.toUpperCase();
          caps += initial;
          parts += initial;
        }
        if (caps.length < 2) continue;
        // ("International Space Station", "John F. Kennedy International Airport": a place's name, whatever organisation's word is in it.)
        if (placeHeaded(r.tokens, this.L)) this.placeInitials += caps + '|';
        else s += caps + '|' + (parts === caps ? '' : parts + '|');
      }
      this.initials = s;
    }
    // (Two letters only as the initials of a run's last two words, its head's: "IP" or "UI" hide inside many longer names.)
    return this.initials.includes(acronym.length > 2 ? acronym : `${acronym}|`);
  }

  /**
   * The article spells the acronym out as a place's name only: a run with an organisation's word whose last capitalised word is
   * a building's or a place's head, not an organisation's ("the International Space Station … to the ISS"; uner-ewt dev had "ISS"
   * as an organisation three times). Three letters or more, as the run's initials or their start ("JFK" of "John F. Kennedy
   * International Airport"). Asked after spelledOut (which fills the initials).
   */
  spelledAsPlace(acronym: string): boolean {
    if (this.initials === null) this.spelledOut(acronym);
    return acronym.length > 2 && this.placeInitials.includes(`|${acronym}`);
  }

  /** A capitalised token of the run is an organisation's head or lead word. */
  private orgWord(ts: Token[]): boolean {
    for (const t of ts) if (t.cap && (this.L.orgHeads.has(t.low) || this.L.orgLeads.has(t.low))) return true;
    return false;
  }
}

/**
 * The run's head — its last capitalised word, or the one before its first "of" — is a building's or a place's head word and no
 * organisation's ("Station", "Airport"; not "Center", nor "University" of "University of Texas Rio Grande Valley").
 */
function placeHeaded(ts: readonly Token[], L: LexiconSets): boolean {
  let end = ts.findIndex((t) => t.low === 'of');
  if (end < 0) end = ts.length;
  for (let i = end - 1; i >= 0; i--) {
    const t = ts[i]!;
    if (t.cap) return !L.orgHeads.has(t.low) && (FACILITY_HEADS.has(t.low) || L.placeHeads.has(t.low));
  }
  return false;
}
