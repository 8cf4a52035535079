/**
 * A non-person card's About line: the entity's summary without its name, and without a state-media
 * label the card gives on a line of its own with its source ("Labelled state-controlled media by State
 * Media Monitor"), so that the label is said once; with the sources of the facts the line says (the
 * first fact's where it says none of them), so that every part of it is cited.
 */
import type { DatasetEntity } from '../types';

export interface About {
  text: string;
  /** The whole summary as compared with facts (lower case, labels removed). */
  lower: string;
  sources: string[];
}

export function aboutOf(entity: DatasetEntity): About | undefined {
  let summary = entity.summary;
  if (!summary || entity.type === 'person') return undefined;
  for (const l of entity.stateLabels ?? []) summary = summary.replace(`; ${l.label}`, '');
  const lower = summary.toLowerCase();
  const sources: string[] = [];
  for (const f of entity.facts)
    if ((lower.includes(f.value.toLowerCase()) || lower.includes(`${f.label.toLowerCase()} `)) && !sources.includes(f.source)) sources.push(f.source);
  if (!sources.length && entity.facts[0]) sources.push(entity.facts[0].source);
  return { text: summary.startsWith(`${entity.name}: `) ? summary.slice(entity.name.length + 2) : summary, lower, sources };
}

/** The fact says what one of the entity's state-media labels says, from the same source ("Type: State Funded Media"). */
export const repeatsLabel = (entity: DatasetEntity, value: string, source: string): boolean =>
  !!entity.stateLabels?.some((l) => l.source === source && value.startsWith(l.label));
