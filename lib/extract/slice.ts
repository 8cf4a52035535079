/**
 * Time-slicing for the page's O(page) work. The walks are generators that `yield` whenever their
 * `Tick` says the slice is used up; `runSync` drives one to the end in one go (Node, tests: the
 * tick never fires, so nothing yields), `runSliced` gives the page a turn (`pause`) between slices,
 * so no single main-thread task of the content script holds the page for long. Both drivers run
 * the same code, so the result is the same either way.
 */

/** True when the current slice is used up and the walk should yield. */
export type Tick = () => boolean;

/** A walk that yields between slices and returns its result. */
export type Steps<T> = Generator<void, T, void>;

export const never: Tick = () => false;

export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** How often a tick reads the clock: every 64th call (a call is one node or block, well under a µs). */
const CHECK_EVERY = 63;

/** A clock-bounded tick: fires once `ms` have passed since the slice began (`reset` begins one). */
export function slicer(now: () => number, ms: number): { tick: Tick; reset: () => void } {
  let start = now();
  let n = 0;
  return {
    tick: () => (++n & CHECK_EVERY) === 0 && now() - start >= ms,
    reset: () => void (start = now()),
  };
}

/** Drive `steps` to the end, awaiting `pause` wherever it yields (then a new slice begins). */
export async function runSliced<T>(steps: Steps<T>, pause: () => Promise<void>, reset: () => void): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await pause();
    reset();
  }
}
