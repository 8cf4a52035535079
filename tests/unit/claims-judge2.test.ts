import { describe, expect, it } from 'vitest';
import { kappa, loadJudge2, loadJudge2Fresh, table } from '../eval/claims-judge2';
import { heldOut, loadFixture } from '../eval/claims-fixture';

describe('second judge of the claims fixture', () => {
  it("computes Cohen's kappa from a 2×2 table", () => {
    // Observed 40/50 = 0.8, chance 0.5 (each judge says yes half the time): kappa 0.6. Then observed 0.7,
    // chance 0.5 × 0.6 + 0.5 × 0.4 = 0.5: kappa 0.4.
    const t = table([...Array(20).fill([true, true]), ...Array(5).fill([true, false]), ...Array(5).fill([false, true]), ...Array(20).fill([false, false])]);
    expect(t).toEqual({ both: 20, first: 5, second: 5, neither: 20 });
    expect(kappa(t)).toBeCloseTo(0.6, 6);
    expect(
      kappa(table([...Array(20).fill([true, true]), ...Array(5).fill([true, false]), ...Array(10).fill([false, true]), ...Array(15).fill([false, false])])),
    ).toBeCloseTo(0.4, 6);
    expect(kappa(table([[false, false]]))).toBeNaN();
  });

  it('labels every held-out fixture sentence, and only those, with the sentence it was given', () => {
    const second = loadJudge2();
    const held = loadFixture().filter((it) => heldOut(it.doc));
    expect(second.size).toBe(held.length);
    for (const it of held) expect(second.get(it.id)?.sha, `item ${it.id}`).toBe(it.sha);
  });

  it('keeps its fresh set in held-out documents and outside the main fixture', () => {
    const fixture = loadFixture();
    const fresh = loadJudge2Fresh();
    expect(fresh.length).toBeGreaterThan(0);
    for (const it of fresh) {
      expect(heldOut(it.doc), it.doc).toBe(true);
      expect(fixture.some((f) => f.id === it.id || (f.doc === it.doc && f.start < it.end && it.start < f.end))).toBe(false);
    }
  });
});
