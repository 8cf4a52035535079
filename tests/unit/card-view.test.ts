// @vitest-environment happy-dom
import { register } from 'tsx/esm/api';
import { describe, expect, it } from 'vitest';
import type { CardModel } from '../../lib/card/view';
import { t } from '../../lib/extension/i18n';

// The components import lib through the build's "~" alias; tsx honours tsconfig paths (as in hostile.test.ts).
const views = register({ namespace: 'backstory-card-view' });
const { h, render } = (await views.import('preact', import.meta.url)) as typeof import('preact');
const { CardView } = (await views.import('../../components/CardView.tsx', import.meta.url)) as typeof import('../../components/CardView');

function mount(card: CardModel): HTMLElement {
  const host = document.createElement('div');
  document.body.appendChild(host);
  render(h(CardView, { card }), host);
  return host;
}

const base: CardModel = { kind: 'entity', title: 'Ada Quist', lines: ['Mayor of Elmford'], sources: [] };

describe('CardView: quoted words under their heading', () => {
  it('shows what the person said here and the other side, each quote in its own blockquote, in order', () => {
    const host = mount({ ...base, quotes: ['We will rebuild.', 'Not this year.'], otherSide: ['The budget says otherwise.'] });
    const said = host.querySelector('.bs-quotes')!;
    expect(said.querySelector('strong')!.textContent).toBe(t('cardSaidHere'));
    expect([...said.querySelectorAll('blockquote')].map((b) => b.textContent)).toEqual(['We will rebuild.', 'Not this year.']);
    const other = host.querySelector('.bs-other')!;
    expect(other.querySelector('strong')!.textContent).toBe(t('cardOtherSide'));
    expect([...other.querySelectorAll('blockquote')].map((b) => b.textContent)).toEqual(['The budget says otherwise.']);
    render(null, host);
    host.remove();
  });

  it('leaves out a heading with nothing under it (no quotes, or an empty list)', () => {
    for (const card of [base, { ...base, quotes: [], otherSide: [] }]) {
      const host = mount(card);
      expect(host.querySelector('.bs-quotes')).toBeNull();
      expect(host.querySelector('.bs-other')).toBeNull();
      expect(host.querySelectorAll('blockquote').length).toBe(0);
      expect(host.textContent).toContain('Mayor of Elmford');
      render(null, host);
      host.remove();
    }
  });
});
