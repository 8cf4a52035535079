import type { Draft } from './draft';
import { addSaintForms } from './saint-forms';
import { addRegnalForms } from './regnal-forms';

/**
 * The short forms news writes of names the sources give in full, derived from the names themselves (no name is listed by hand):
 * "St" for "Saint" (saint-forms.ts), a reigning monarch's title and regnal name (regnal-forms.ts). Returns the build log's line.
 */
export function addNameForms(drafts: Draft[]): string {
  return `"St" forms of names with "Saint": ${addSaintForms(drafts)}; reigning monarchs' title and regnal forms: ${addRegnalForms(drafts)}`;
}
