import type { Span } from '../types';
import { speechAlternation } from '../text/speech-verbs';
import { PLACE_PREPOSITIONS } from '../text/place-words';
import type { LexiconSets } from './lexicon-sets';
import { wordBefore } from './name-words';

/** ", 34," right after a name: news gives a person's age so. */
const AGE_AFTER = /^,\s?\d{1,3},/;
/** What is done only to a person, right after the name ("Lima was substituted", "Jordan was arrested"): a person who bears a place's name. */
const PERSON_PASSIVE =
  /^\s(?:was|is|has been|had been|will be)\s(?:arrested|jailed|sentenced|convicted|acquitted|substituted|hospitali[sz]ed|knighted|married|divorced|sacked|kidnapped|murdered|stabbed|sent off|charged with)\b/;
/**
 * What only a person does, right after a one-word place name ("Victoria smiled", "Paris married",
 * "Georgia said she would run"): a country says things, but it is "it", and it does not laugh.
 */
const PERSON_ACTIVE = new RegExp(
  `^\\s(?:(?:also|then|later|never)\\s)?(?:married|divorced|died|smiled|laughed|wept|cried|sang|starred|retired|graduated|giggled|grinned|shrugged|sighed|nodded|was born|gave birth)\\b|^,?\\s(?:${speechAlternation(['say', 'add', 'explain', 'recall', 'admit'], 'past')}|says|told reporters)\\s(?:that\\s)?(?:she|he)\\s`,
);
/**
 * A verb right after the name whose object is the subject's own body or life, by "his" or "her" ("Houston wiped her eyes", "Lyon
 * shook his head", "Washington earned his living", "Sydney made her debut", "Orlando lost his own seat"): a person's. A place or a
 * government may act on somebody's things ("Moscow froze his assets", "Paris rejected her claim"), but it has no eyes or living of
 * its own, and "his own" is the subject's.
 */
const OWN_BODY_AFTER =
  /^\s(?:\p{Ll}+ly\s)?(?:\p{Ll}{2,}ed|\p{Ll}{3,}s|shook|bit|held|kept|hung|ran|put|threw|made|lost|began|took|found|spent|won|hid|broke|stuck|swept|wrung|shut|set|let|lit)\s(?:his|her)\s(?:own|eyes|eye|head|hand|hands|face|brow|forehead|shoulders|lips|hair|tears|nose|chin|fists?|throat|breath|teeth|living|career|debut|mind)\b/u;
/** A town and a comma right before the name: "of Dayton, Ohio, said she" ends an address. */
const TOWN_COMMA = /\p{Lu}[\p{L}.'-]*, $/u;

/**
 * A one-word place name that a person's age, passive or deed follows ("Georgia, 34, from Leeds", "Jordan was arrested",
 * "Victoria smiled"): a person who bears the name. Not after a preposition of place or as an address's last word, where
 * the name is somebody's place and the verb that person's ("a gaita player from Galicia admitted he", "a student from
 * China was charged", "of Dayton, Ohio, said she") — unless the name is also a given name ("a letter from Sydney said").
 */
export function personAfterPlace(text: string, span: Span, key: string, L: LexiconSets | null): boolean {
  const after = text.slice(span.end, span.end + 40);
  if (
    !PERSON_PASSIVE.test(after) &&
    !AGE_AFTER.test(after.slice(0, 6)) &&
    !PERSON_ACTIVE.test(after) &&
    !OWN_BODY_AFTER.test(text.slice(span.end, span.end + 48))
  )
    return false;
  if (!L || L.givenNames.has(key)) return true;
  const w = wordBefore(text, span.start);
  return !((w && PLACE_PREPOSITIONS.has(w)) || TOWN_COMMA.test(text.slice(Math.max(0, span.start - 30), span.start)));
}
