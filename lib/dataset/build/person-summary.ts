/**
 * How a person's settled roles read: one role as text ("President of the Philippines") and the
 * person's two-line summary. Split from people.ts (identity and claims) as the output side.
 */
import type { Role } from '../../types';
import { withArticle } from './draft';
import { laterHead, supersededWho } from '../../card/superseded';

export function roleText(title: string, ofName: string): string {
  if (/\bof\b/.test(title) || !ofName) return title;
  return `${title} of ${withArticle(ofName)}`;
}

/** The role lines and summary of a person whose roles are settled. */
export function personSummary(name: string, roles: Role[], fmtAsOf: (r: Role) => string): string {
  const lines: string[] = [];
  for (const r of roles) {
    const text = roleText(r.title, r.ofName ?? '');
    if (r.status === 'current') lines.push(r.since && !r.term ? `${text} since ${r.since.slice(0, 4)}` : text);
    // A newer source lists another holder: said, so that "(as of …)" is not read as still in office.
    // (A new head of government a shipped source dates: said in short, with its start — new-government.ts.)
    else if (r.status === 'as-of' && r.supersededBy?.headSince)
      lines.push(`${text} (as of ${fmtAsOf(r)}; a new head of government since ${r.supersededBy.headSince})`);
    else if (r.status === 'as-of' && r.supersededBy)
      lines.push(`${text} (as of ${fmtAsOf(r)}; a newer source of ${r.supersededBy.asOf} lists ${supersededWho(r)})`);
    // Seen before the person's own newer head-of-state or -government role began: an earlier role, not a second current one.
    else if (r.status === 'as-of' && laterHead(r, roles)) lines.push(`earlier ${text} (as of ${fmtAsOf(r)})`);
    else if (r.status === 'as-of') lines.push(`${text} (as of ${fmtAsOf(r)})`);
    else lines.push(`former ${text}${r.since || r.until ? ` (${(r.since ?? '?').slice(0, 4)}–${(r.until ?? '?').slice(0, 4)})` : ''}`);
    if (lines.length >= 2) break;
  }
  return lines.length ? `${name}: ${lines.join('; ')}` : name;
}
