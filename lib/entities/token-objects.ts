/**
 * Tokens, capitalised runs and sub-runs as instances of classes, not object literals (lib/entities/candidates.ts).
 * V8 moves the objects of an object or array literal whose objects outlive a young-generation collection to the old
 * generation from then on (allocation-site pretenuring), and these live through the entity stage: they were
 * pretenured after a few long articles, stayed there as garbage until a full collection, and every young string they
 * held (a token's text) was kept and promoted with them. Objects made by `new` (and arrays made by `slice` or
 * `Array.of`) are not pretenured. Each has its fields in the order the literals wrote them.
 */
export class WordToken {
  constructor(
    public start: number,
    public end: number,
    public text: string,
    public low: string,
    public cap: boolean,
  ) {}
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
