/**
 * Words that mark places: US postal codes, US cities' short names, prepositions of place. Their own
 * module, re-exported by ./words.ts (as ./calendar.ts is), so that words.ts stays one screenful of
 * lists per capability.
 */

const split = (s: string) => s.trim().split(/\s+/);

/** US states' and DC's postal codes, as written after a town ("Hanover, NH"). */
export const US_STATE_CODES: ReadonlySet<string> = new Set(
  split(
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY',
  ),
);

/** Short names of US cities as written in running text ("moved to NYC", "in SF", "lives in DC"; lib/entities/state-codes.ts). */
export const CITY_ABBREVIATIONS: ReadonlySet<string> = new Set(split('NYC N.Y.C. LA L.A. SF DC D.C.'));

/** Words after which a name is a place ("in Sydney", "from Kyiv"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(split('in at from near into across throughout outside around within inside'));

/**
 * PLACE_PREPOSITIONS and the adjectives of a place near another ("a hairdresser from nearby Chiswick", "raids on neighbouring
 * Tavrin"): right before a one-word name, no person's (lib/entities/name-scan.ts).
 */
export const PLACE_BEFORE_WORDS: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS, ...split('nearby neighbouring neighboring')]);

/** PLACE_PREPOSITIONS and the words of where one goes ("to", "via", "toward", "between", "through"): before a place's name (lib/entities/state-codes.ts, place-evidence.ts). */
export const TRAVEL_PREPOSITIONS: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS, ...split('to via toward towards between through')]);

/** Verbs whose object is where one goes or has been ("visited Paris", "reached Krakow", "fled Kabul"; lib/entities/place-evidence.ts). */
export const TRAVEL_VERBS: ReadonlySet<string> = new Set(
  split(
    'visit visits visited visiting tour tours toured touring reach reaches reached reaching leave leaves left leaving enter enters entered entering flee flees fled fleeing',
  ),
);

/** PLACE_PREPOSITIONS without "from", which people follow as often ("a letter from Austin"). */
export const AT_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS].filter((w) => w !== 'from'));

/**
 * Head words of buildings and venues, which English names after their owner, founder or use ("Orchestra Hall", "Wembley
 * Stadium", "Grand Central Station", "Trump Tower", "Lincoln Memorial"): a place one goes to (UNER's LOC covers facilities).
 * Apart from the name finder's place heads (lexicon.placeHeads), which other finders read as "no person's last word":
 * "Stuart Hall", "Bruce Arena", "Barbara Castle" are people, and the person finders take them first.
 */
export const FACILITY_HEADS: ReadonlySet<string> = new Set(
  split('hall auditorium stadium arena station terminal tower towers castle memorial mosque temple shrine garage plaza pier wharf dock docks gardens'),
);

/**
 * Kinds of place written in lower case after a place's name ("Doda district", "Helmand province", "the Tampa area",
 * "the Tigray region"; a religious house named by where it stands: "the Eibingen cloister", "the Rila monastery"; lib/entities/listed-names.ts placeKindAfter).
 */
export const PLACE_KINDS_AFTER: ReadonlySet<string> = new Set(
  split(
    'district districts province provinces county governorate prefecture municipality region area oblast township village cloister monastery abbey convent',
  ),
);

/**
 * Faiths and peoples named by a capitalised word without an adjective's ending, which stands before a kind of place as an
 * adjective ("the Arab district", "a Druze village", "the Sunni area"): no place's name.
 */
export const CREEDS_AND_PEOPLES: ReadonlySet<string> = new Set(
  split(
    'arab arabs druze sikh hindu shia shiite sunni muslim jewish christian catholic protestant orthodox buddhist kurd kurdish maronite alawite jew jews black white',
  ),
);

/** Plurals of kinds of place, of which news gives examples ("cities such as Baqubah", "Samarra and other towns"; lib/entities/place-examples.ts). */
export const PLACE_PLURALS: readonly string[] = split(
  'cities towns villages countries nations states provinces regions islands districts capitals ports destinations neighborhoods neighbourhoods suburbs counties municipalities territories',
);

/**
 * A town's public ways, quarters and shore before "of" ("the boulevards of Paris", "the pavements of Kathmandu", "the lanes of Kolkata",
 * "the backwaters of Kerala", "the coast of Mayo"), with what only a town has ("the mayor of Liverpool", "the suburbs of Adelaide"): no
 * person, club or firm has them, so they place even a name that is also a given name or an everyday word ("the streets of Sydney"; not
 * "the heart of Sydney", "the people of Georgia"; lib/entities/place-evidence.ts onlyPlaceOf).
 */
export const ONLY_PLACE_OF_NOUNS: ReadonlySet<string> = new Set(
  split(
    'mayor suburbs suburb outskirts residents inhabitants skyline waterfront streets boulevards avenues pavements sidewalks lanes alleys alleyways backstreets canals backwaters slums townships favelas bazaars docks quays coast coastline shores',
  ),
);

/**
 * Nouns of a place's parts, people and offices before "of" and a place's name ("the vineyards of Bordeaux", "the mayor of
 * Perth", "the outskirts of Kyiv"): the name after them is the place (lib/entities/place-evidence.ts). Its government and
 * ministers ("the water minister of Sonora", "the premier of Ontario"), and what it keeps from its past in the plural ("the
 * stepwells of Rajasthan", "the temples of Kyoto"): no club, firm or person has these before "of".
 */
export const PLACE_OF_NOUNS: ReadonlySet<string> = new Set(
  [...ONLY_PLACE_OF_NOUNS].concat(
    split(
      'city town village port capital streets street outskirts suburbs suburb parts areas districts neighbourhoods neighborhoods centre center heart people residents citizens inhabitants mayor governor vineyards hills coast shores region province county state area north south east west north-east north-west south-east south-west northeast northwest southeast southwest environs skyline edge fringes waterfront map maps liberation size district towns cities villages lakes mountains beaches rivers forests valleys islands clay soil soils fields farmland farms orchards countryside moors moorland coastline ' +
        'minister ministers premier government temples forts palaces stepwells castles monasteries',
    ),
  ),
);

/** US states as the news agencies abbreviate them after a town ("Athens, Ga.", "Berlin, N.H.", "Vancouver, Wash."). */
export const US_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  split(
    'Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nebr. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wisc. Wyo.',
  ),
);

/** ", Ga." (one of US_STATE_ABBREVIATIONS after a comma) right at `at`: a town's state in an American address. */
export function abbreviatedStateAt(text: string, at: number): boolean {
  const m = STATE_AFTER.exec(text.slice(at, at + 8));
  return !!m && US_STATE_ABBREVIATIONS.has(m[1]!);
}
const STATE_AFTER = /^, ((?:[A-Z]\.){2}|[A-Z]\.[A-Z][a-z]\.|[A-Z][a-z]{1,4}\.)/;
