/**
 * A seeded generator (mulberry32): the same seed draws the same sample, so a fixture's draw or a
 * training run can be repeated exactly. Used by the tagger's training and the evaluation's samplers.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
