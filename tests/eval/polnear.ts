import type { Span } from '../../lib/types';

/** A labelled span of PolNeAR's brat standoff: possibly discontinuous ("start end;start end"). */
export interface Frag {
  spans: Span[];
  text: string;
}

export interface Attribution {
  content: Frag | null;
  source: Frag | null;
  cue: Frag | null;
}

/**
 * One .ann file: `T<n>\t<Role> <start> <end>[;<start> <end>]\t<surface>` lines, and
 * `E<n>\tAttribution:T.. Content:T.. Cue:T.. Source:T..` lines linking one attribution.
 */
export function parseBrat(ann: string): Attribution[] {
  const t = new Map<string, Frag>();
  const out: Attribution[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (line.startsWith('T') && cols.length >= 3) {
      const [, offs] = cols[1]!.split(/ (.*)/s);
      const spans = offs!.split(';').map((p) => {
        const [s, e] = p.trim().split(' ').map(Number);
        return { start: s!, end: e! };
      });
      t.set(cols[0]!, { spans, text: cols[2]! });
    } else if (line.startsWith('E') && cols.length >= 2) {
      const roles = Object.fromEntries(cols[1]!.split(' ').map((kv) => kv.split(':') as [string, string]));
      out.push({
        content: roles.Content ? (t.get(roles.Content) ?? null) : null,
        source: roles.Source ? (t.get(roles.Source) ?? null) : null,
        cue: roles.Cue ? (t.get(roles.Cue) ?? null) : null,
      });
    }
  }
  return out;
}

/** The smallest span covering a fragment. */
export function hull(f: Frag): Span {
  return { start: Math.min(...f.spans.map((s) => s.start)), end: Math.max(...f.spans.map((s) => s.end)) };
}
