/**
 * Build the body text from blocks of live Text nodes, collapsing whitespace runs to one space,
 * while recording exactly which characters came from where. Invariant (unit-tested):
 *   text.slice(seg.start, seg.end) === seg.node.data.slice(seg.nodeStart, seg.nodeStart + seg.end - seg.start)
 * A collapsed space only joins a segment when the node's own character there is a plain space;
 * otherwise (newline, tab, nbsp) the space in `text` is left unmapped — a whitespace-only gap that
 * highlighting never needs.
 */
import type { Span } from '../types';
import { never, runSync, type Steps, type Tick } from './slice';

/** One text node's share of the body text, so offsets map back to the live DOM. */
export interface Segment {
  node: Text;
  /** Offset of the node's first used character in BodyText.text. */
  start: number;
  end: number;
  /** Offset inside node.data where the used part starts (usually 0). */
  nodeStart: number;
}

const isSpace = (c: number) =>
  c === 32 ||
  c === 9 ||
  c === 10 ||
  c === 13 ||
  c === 12 ||
  c === 160 ||
  c === 0x200b ||
  c === 0xfeff ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;

export interface BuiltText {
  text: string;
  segments: Segment[];
  blocks: Span[];
}

export function buildText(blockNodes: Text[][]): BuiltText {
  return runSync(buildTextSteps(blockNodes, never));
}

/** `buildText` yielding between text nodes when `tick` says its slice is used up (lib/extract/slice.ts). */
export function* buildTextSteps(blockNodes: Text[][], tick: Tick): Steps<BuiltText> {
  const parts: string[] = [];
  const segments: Segment[] = [];
  const blocks: Span[] = [];
  let pos = 0;

  for (const nodes of blockNodes) {
    const blockStart = pos + (blocks.length > 0 ? 1 : 0);
    let started = false;
    // Where the pending collapsed space came from: the node and index of the run's first char.
    let pendingNode: Text | null = null;
    let pendingIdx = -1;
    let seg: Segment | null = null;
    const chunk: string[] = [];

    const put = (s: string, node: Text, idx: number, mapped: boolean) => {
      if (!started) {
        if (blocks.length > 0) {
          parts.push('\n');
          pos++;
        }
        started = true;
      }
      chunk.push(s);
      if (mapped) {
        if (seg && seg.node === node && seg.end === pos && seg.nodeStart + (seg.end - seg.start) === idx) {
          seg.end += s.length;
        } else {
          seg = { node, start: pos, end: pos + s.length, nodeStart: idx };
          segments.push(seg);
        }
      } else seg = null;
      pos += s.length;
    };

    let hadText = false;
    for (const node of nodes) {
      if (tick()) yield;
      const data = node.data;
      let i = 0;
      while (i < data.length) {
        if (isSpace(data.charCodeAt(i))) {
          if (hadText && pendingNode === null) {
            pendingNode = node;
            pendingIdx = i;
          }
          i++;
          continue;
        }
        // Words joined by single plain spaces go in as one run: they are the node's own characters
        // as they stand, and word by word they would make the same text and the same segment
        // (each word and space extends it) with a string and a call per word.
        let j = i + 1;
        for (;;) {
          while (j < data.length && !isSpace(data.charCodeAt(j))) j++;
          if (data.charCodeAt(j) !== 32 || j + 1 >= data.length || isSpace(data.charCodeAt(j + 1))) break;
          j += 2;
        }
        if (pendingNode) {
          put(' ', pendingNode, pendingIdx, pendingNode.data.charCodeAt(pendingIdx) === 32);
          pendingNode = null;
        }
        put(data.slice(i, j), node, i, true);
        hadText = true;
        i = j;
      }
    }
    if (!started) continue;
    parts.push(chunk.join(''));
    blocks.push({ start: blockStart, end: pos });
  }
  return { text: parts.join(''), segments, blocks };
}
