import type { Claim } from '../../../lib/dataset/build/people';

/** A role claim on Narnia, an invented state, for the dataset build's tests: single-holder and current unless said. */
export const claim = (c: Partial<Claim> & Pick<Claim, 'office' | 'kind' | 'title' | 'source' | 'asOf'>): Claim => ({
  single: true,
  of: 'country:nn',
  ofName: 'Narnia',
  current: true,
  ...c,
});
