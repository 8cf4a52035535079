import { ROLES_OF_FIRMS } from '../text/words';
import type { LexiconSets } from './lexicon-sets';
import { wordBefore } from './name-words';
import { isRole } from './person-evidence';

/**
 * A name cast in a role only a person holds, right after it ("chose Gehry as the architect", "appointed Dunne as coach", "notes
 * Lell as one of its current authors"): encyclopaedic prose names one-word people so, the surname alone with no other cue in the
 * sentence. Asked by amongPeople (kind-of-people.ts) for any name the person finder meets.
 * Not roles firms, countries or bodies hold as often ("Oracle as a partner", "Sony as producer", "Cuba as host", "France as
 * president of the Council", "Texas as a member"); not a kin word, which a firm is called by ("a sister company").
 */
const AS_ROLE =
  /^\s+as\s+(?:(?:the|a|an|its|his|her|their|our)\s+)?(?:(?:new|first|chief|lead|principal|sole|main|official|only|next|former|interim|acting|senior|junior|head|assistant|associate|deputy)\s+)?(\p{Ll}+)\b(?!['\u2019-])/u;
/** "as one of its current authors": a plural of a role after "one of". */
const AS_ONE_OF = /^\s+as\s+one\s+of\s+(?:the|its|his|her|their|our)\s+(?:(?:\p{Ll}+)\s+)?(\p{Ll}+s)\b(?!['\u2019-])/u;

/** Roles a firm, a state or a body holds as often as a person. */
const NOT_ONLY_PEOPLE: ReadonlySet<string> = new Set(
  'producer designer developer publisher distributor sponsor supplier provider host member head chair president candidate nominee speaker official chief leader player editor manager partner representative judge justice captain deputy secretary general premier diplomat envoy commissioner administrator'.split(
    ' ',
  ),
);

const personRole = (w: string, L: LexiconSets): boolean => !NOT_ONLY_PEOPLE.has(w) && !ROLES_OF_FIRMS.has(w) && !L.kin.has(w) && isRole(w, L);

/** Prepositions whose object the name is: "as" then casts the verb's object, not the name ("had been signed to Universal as a songwriter"). */
const GOVERNING: ReadonlySet<string> = new Set('to with by for from at in on of into onto under than like about between among'.split(' '));

/** Why the name [start, end) is a person's by the role "as" casts it in, or null. */
export function castAsRole(text: string, start: number, end: number, L: LexiconSets | null): string | null {
  if (!L || !text.startsWith(' as ', end) || GOVERNING.has(wordBefore(text, start) ?? '')) return null;
  const after = text.slice(end, end + 60);
  const one = AS_ROLE.exec(after);
  if (one && personRole(one[1]!, L)) return 'cast "as" a role only a person holds';
  const many = AS_ONE_OF.exec(after);
  return many && personRole(many[1]!.slice(0, -1), L) ? 'cast "as" a role only a person holds' : null;
}
