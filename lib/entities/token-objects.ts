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

const OBJECTS: readonly object[] = [new KeyedSubRun(0, 0, '')];
/**
 * An empty array for objects, its elements kind objects from the start. `Array.of()` is an array of small integers: the
 * optimised code of a function that pushed an object into one checked for a small integer, and was thrown away at its
 * first run (matchRun's and subRuns' "not a Smi" deoptimisations, at the fifth analysis of the bench's 5,000-word page;
 * matchRun then ran unoptimised until the thirteenth). A slice of an array of objects keeps their kind, and, as
 * `Array.of`'s, is not pretenured.
 */
export const objectArray = <T extends object>(): T[] => OBJECTS.slice(0, 0) as T[];
