import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { BodyText, Segment } from '../../lib/extract';
import { indexSegments, offsetAt, rangeFor, targetAt, type Target } from '../../lib/highlight';

/** A body over three text nodes in two paragraphs, one of them split by an inline element. */
function fixture() {
  const w = new Window();
  const doc = w.document as unknown as Document;
  doc.body.innerHTML = '<p>Alpha <b>Beta</b> Gamma</p><p>Delta</p>';
  const [p1, p2] = Array.from(doc.querySelectorAll('p'));
  const t1 = p1!.firstChild as Text; // "Alpha "
  const t2 = p1!.querySelector('b')!.firstChild as Text; // "Beta"
  const t3 = p1!.lastChild as Text; // " Gamma"
  const t4 = p2!.firstChild as Text; // "Delta"
  const segments: Segment[] = [];
  let text = '';
  for (const [node, sep] of [
    [t1, ''],
    [t2, ''],
    [t3, ''],
    [t4, '\n'],
  ] as [Text, string][]) {
    text += sep;
    segments.push({ node, start: text.length, end: text.length + node.data.length, nodeStart: 0 });
    text += node.data;
  }
  const body: BodyText = { text, title: null, segments, blocks: [] };
  return { doc, body, nodes: [t1, t2, t3, t4] };
}

describe('text offsets ⇄ DOM ranges', () => {
  it('a span inside one node and a span across nodes map to ranges with the same text', () => {
    const { doc, body } = fixture();
    for (const word of ['Alpha', 'Beta', 'Gamma', 'Delta', 'Alpha Beta Gamma', 'ta Gam']) {
      const start = body.text.indexOf(word);
      const r = rangeFor(doc, body, { start, end: start + word.length });
      expect(r?.toString()).toBe(word);
    }
  });

  it('spans outside the body or empty give no range', () => {
    const { doc, body } = fixture();
    expect(rangeFor(doc, body, { start: 3, end: 3 })).toBeNull();
    expect(rangeFor(doc, body, { start: body.text.length, end: body.text.length + 4 })).toBeNull();
  });

  it('a removed node gives no range instead of throwing', () => {
    const { doc, body, nodes } = fixture();
    nodes[3]!.remove();
    const start = body.text.indexOf('Delta');
    expect(rangeFor(doc, body, { start, end: start + 5 })).toBeNull();
  });

  it('caret positions map back to text offsets', () => {
    const { body, nodes } = fixture();
    const index = indexSegments(body);
    expect(offsetAt(index, nodes[1]!, 2)).toBe(body.text.indexOf('Beta') + 2);
    expect(offsetAt(index, nodes[3]!, 0)).toBe(body.text.indexOf('Delta'));
    expect(offsetAt(index, {} as Node, 0)).toBe(-1);
  });

  it('the innermost target wins: a name inside a claim opens the name', () => {
    const t: Target<string>[] = [
      { start: 0, end: 40, name: 'backstory-claim', data: 'claim' },
      { start: 5, end: 20, name: 'backstory-quote', data: 'quote' },
      { start: 6, end: 10, name: 'backstory-entity', data: 'entity' },
    ];
    expect(targetAt(t, 7)!.data).toBe('entity');
    expect(targetAt(t, 15)!.data).toBe('quote');
    expect(targetAt(t, 30)!.data).toBe('claim');
    expect(targetAt(t, 50)).toBeNull();
  });
});
