import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { isNameWord } from './name-words';

/**
 * Job, trade and kind nouns that news writes capitalised right before a full name, as a label and no part of it ("says Owner
 * John Saunders", "Co-Founder Lisa Park said", "Senior Maya Cruz scored", "Forward Jamie Vardy"), and that the finder's titles
 * (lib/text/words.ts TITLE_WORDS, name-lexicon.ts titles) do not hold. Only before a listed given name and another name word
 * (roleBeforeName), so "Hunter Biden", "Dean Tyler", "Mason Mount" keep their first word: those are given names themselves.
 */
const ROLE_NOUNS: ReadonlySet<string> = new Set(
  (
    'owner co-owner owners proprietor co-founder cofounder publisher principal headteacher headmaster headmistress curator ' +
    'organizer organiser coordinator volunteer resident homeowner landlord winemaker brewer distiller bartender barista rancher ' +
    'fisherman instructor counselor counsellor therapist dentist pharmacist veterinarian paramedic firefighter ranger agent ' +
    'treasurer clerk alderman councilman councilwoman assemblyman assemblywoman congressman congresswoman student senior junior ' +
    'sophomore freshman veteran survivor forward guard centre center linebacker pitcher outfielder infielder shortstop catcher ' +
    'goaltender fullback halfback'
  ).split(' '),
);

/**
 * Run token i is a job or kind noun before a full name ("Owner John Saunders"): it is the person's label, so the name starts at
 * the given name. The word itself is no listed given name, the next token is one and another name word follows it, each one
 * space on: "Hunter Biden", "Forward Thinking Group" keep their word (a given name; no given name after it).
 */
export function roleBeforeName(ts: readonly Token[], i: number, L: LexiconSets | null): boolean {
  const t = ts[i]!;
  if (!L || !t.cap || !ROLE_NOUNS.has(t.low) || L.givenNames.has(t.low)) return false;
  const given = ts[i + 1];
  const last = ts[i + 2];
  return (
    !!given &&
    !!last &&
    given.start - t.end === 1 &&
    last.start - given.end === 1 &&
    L.soleGivenNames.has(given.low) &&
    isNameWord(last) &&
    !L.titles.has(last.low)
  );
}

/**
 * Job nouns that name no one alone: capitalised on their own between a speech verb and a comma they are the label of the
 * name after it ("says Co-Founder, Stephanie Özcan", "says Owner, Jane Roe"), as the finder's titles are ("says Founder, …").
 */
const ROLE_ALONE: ReadonlySet<string> = new Set('owner co-owner proprietor cofounder publisher headteacher headmaster headmistress'.split(' '));

/** Run token i is the run's only word and a job noun that names no one alone: ROLE_ALONE, or "co-" before a title ("Co-Founder", "Co-Chair"). */
export function roleAlone(ts: readonly Token[], i: number, L: LexiconSets | null): boolean {
  const t = ts[i]!;
  if (ts.length !== 1 || !t.cap || !L) return false;
  return ROLE_ALONE.has(t.low) || (t.low.startsWith('co-') && (L.titles.has(t.low.slice(3)) || ROLE_NOUNS.has(t.low.slice(3))));
}
