import { aliasKeyMemo } from '../dataset/alias-key';

/**
 * Tokens, capitalised runs and sub-runs as instances of classes, not object literals (lib/entities/candidates.ts).
 * V8 moves the objects of an object or array literal whose objects outlive a young-generation collection to the old
 * generation from then on (allocation-site pretenuring), and these live through the entity stage: they were
 * pretenured after a few long articles, stayed there as garbage until a full collection, and every young string they
 * held (a token's text) was kept and promoted with them. Objects made by `new` (and arrays made by `slice` or
 * `Array.of`) are not pretenured. Each has its fields in the order the literals wrote them.
 */
export class WordToken {
  /**
   * Answers kept on the token once asked: its alias key (link.ts tokenKey) and whether it can be a word of a personal name
   * (name-words.ts isNameWord: 0 not yet asked, 1 no, 2 yes). The finders ask both of each capitalised token several times,
   * and each ask was a look-up in a memo of thousands of words by the token's text. (Set last in the constructor, not as
   * class fields, which would be defined before the others and change the fields' order.)
   */
  declare key: string | null;
  declare nameWord: number;

  constructor(
    public start: number,
    public end: number,
    public text: string,
    public low: string,
    public cap: boolean,
  ) {
    this.key = null;
    this.nameWord = 0;
  }
}

export class TokenRun<T> {
  constructor(
    public start: number,
    public end: number,
    public tokens: T[],
  ) {}
}

export class KeyedSubRun {
  constructor(
    public a: number,
    public b: number,
    public key: string,
  ) {}
}

/** aliasKey of a token's text, kept on the token (see WordToken); tokens made otherwise (tests) ask the memo each time. */
export const keptTokenKey = (t: { text: string }): string => (t instanceof WordToken ? (t.key ??= aliasKeyMemo(t.text)) : aliasKeyMemo(t.text));

/**
 * The indexes of a token list's capitalised tokens, in order, built once per list (a list is never changed once made): the
 * passes that read capitalised words alone — a surname, a firm's or a place's word again, a word in capitals — walk these,
 * not every token of the article, most of which are lower case and were each loaded only to be passed over.
 */
export function capitalIndexes(tokens: readonly { cap: boolean }[]): Int32Array {
  let out = CAPITALS.get(tokens);
  if (!out) {
    let n = 0;
    for (let i = 0; i < tokens.length; i++) if (tokens[i]!.cap) n++;
    out = new Int32Array(n);
    n = 0;
    for (let i = 0; i < tokens.length; i++) if (tokens[i]!.cap) out[n++] = i;
    CAPITALS.set(tokens, out);
  }
  return out;
}
const CAPITALS = new WeakMap<readonly { cap: boolean }[], Int32Array>();

const OBJECTS: readonly object[] = [new KeyedSubRun(0, 0, '')];
/**
 * An empty array for objects, its elements kind objects from the start. `Array.of()` is an array of small integers: the
 * optimised code of a function that pushed an object into one checked for a small integer, and was thrown away at its
 * first run (matchRun's and subRuns' "not a Smi" deoptimisations, at the fifth analysis of the bench's 5,000-word page;
 * matchRun then ran unoptimised until the thirteenth). A slice of an array of objects keeps their kind, and, as
 * `Array.of`'s, is not pretenured.
 */
export const objectArray = <T extends object>(): T[] => OBJECTS.slice(0, 0) as T[];
