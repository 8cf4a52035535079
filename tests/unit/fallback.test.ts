import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { wrapRanges } from '../../lib/highlight/fallback';

describe('wrapping fallback (browsers without the Custom Highlight API)', () => {
  it('wraps single-node ranges, innermost first, and unwraps back to the original DOM', () => {
    const w = new Window();
    const doc = w.document as unknown as Document;
    doc.body.innerHTML = '<p>Alexander Lukashenko met <b>Vladimir Putin</b> in Minsk.</p>';
    const before = doc.body.innerHTML;
    const p = doc.querySelector('p')!;
    const t1 = p.firstChild as Text;
    const t2 = p.querySelector('b')!.firstChild as Text;
    const t3 = p.lastChild as Text;
    const r = (node: Text, s: number, e: number) => {
      const range = doc.createRange();
      range.setStart(node, s);
      range.setEnd(node, e);
      return range;
    };
    const items = [
      { name: 'backstory-entity' as const, range: r(t1, 0, 20), data: 'luka' },
      { name: 'backstory-entity' as const, range: r(t2, 0, 14), data: 'putin' },
      { name: 'backstory-entity' as const, range: r(t3, 4, 9), data: 'minsk' },
      {
        name: 'backstory-quote' as const,
        range: (() => {
          const x = doc.createRange();
          x.setStart(t1, 0);
          x.setEnd(t3, 9);
          return x;
        })(),
        data: 'crosses elements',
      },
    ];
    const wrapped = wrapRanges(doc, items);
    const marks = [...doc.querySelectorAll('mark[data-backstory]')];
    expect(marks.map((m) => m.textContent)).toEqual(['Alexander Lukashenko', 'Vladimir Putin', 'Minsk']);
    expect([...wrapped.marks.values()].sort()).toEqual(['luka', 'minsk', 'putin']);
    expect(doc.body.textContent).toBe('Alexander Lukashenko met Vladimir Putin in Minsk.');
    wrapped.unwrap();
    expect(doc.body.innerHTML).toBe(before);
  });
});
