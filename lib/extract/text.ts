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

// (Below U+00A0 only the five ASCII spaces: most characters, letters, are answered by the first test.)
const isSpace = (c: number) =>
  c < 160
    ? c === 32 || c === 9 || c === 10 || c === 13 || c === 12
    : c === 160 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;

export interface BuiltText {
  text: string;
  segments: Segment[];
  blocks: Span[];
}

export function buildText(blockNodes: Text[][]): BuiltText {
  return runSync(buildTextSteps(blockNodes, never));
}

/**
 * The text being built and the block being read. (One object per text, and `put` a module function: a
 * closure made per block cost a function object and, under tsx's keepNames, a defineProperty per block.)
 */
interface Builder {
  parts: string[];
  segments: Segment[];
  blocks: Span[];
  pos: number;
  started: boolean;
  seg: Segment | null;
  chunk: string[];
}

/** Appends `s` (from `node` at `idx`; `mapped`: the node's own characters) to the block being read. */
function put(b: Builder, s: string, node: Text, idx: number, mapped: boolean): void {
  if (!b.started) {
    if (b.blocks.length > 0) {
      b.parts.push('\n');
      b.pos++;
    }
    b.started = true;
  }
  b.chunk.push(s);
  const seg = b.seg;
  if (mapped) {
    if (seg && seg.node === node && seg.end === b.pos && seg.nodeStart + (seg.end - seg.start) === idx) {
      seg.end += s.length;
    } else {
      b.seg = { node, start: b.pos, end: b.pos + s.length, nodeStart: idx };
      b.segments.push(b.seg);
    }
  } else b.seg = null;
  b.pos += s.length;
}

/** `buildText` yielding between text nodes when `tick` says its slice is used up (lib/extract/slice.ts). */
export function* buildTextSteps(blockNodes: Text[][], tick: Tick): Steps<BuiltText> {
  const b: Builder = { parts: [], segments: [], blocks: [], pos: 0, started: false, seg: null, chunk: [] };

  for (const nodes of blockNodes) {
    const blockStart = b.pos + (b.blocks.length > 0 ? 1 : 0);
    b.started = false;
    // Where the pending collapsed space came from: the node and index of the run's first char.
    let pendingNode: Text | null = null;
    let pendingIdx = -1;
    b.seg = null;
    b.chunk = [];

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
          if (j + 1 >= data.length || data.charCodeAt(j) !== 32 || isSpace(data.charCodeAt(j + 1))) break;
          j += 2;
        }
        if (pendingNode) {
          put(b, ' ', pendingNode, pendingIdx, pendingNode.data.charCodeAt(pendingIdx) === 32);
          pendingNode = null;
        }
        put(b, data.slice(i, j), node, i, true);
        hadText = true;
        i = j;
      }
    }
    if (!b.started) continue;
    b.parts.push(b.chunk.join(''));
    b.blocks.push({ start: blockStart, end: b.pos });
  }
  return { text: b.parts.join(''), segments: b.segments, blocks: b.blocks };
}
