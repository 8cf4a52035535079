/**
 * Words that name organisations and kinds of things, people and firms: what a name's neighbours say of its kind
 * ("the company", "Apple CEO", "tools like …", "people such as …"). Their own module, re-exported by ./words.ts (as
 * ./place-words.ts is), so that words.ts stays within its size.
 */

const split = (s: string) => s.trim().split(/\s+/);

/** Verbs said to a person, whose object is one ("tell Rosa", "email Gerald", "thank her"); the imperatives first, past forms after. */
export const SAID_TO_VERBS: readonly string[] = split(
  'tell ask thank text email meet remind call told asked thanked thanks texted emailed met reminded called',
);

/** Capitalised words that make a speaker's phrase an organisation or an outlet, not a person ("the Justice Department"). */
export const ORGANISATION_NAME_WORDS: ReadonlySet<string> = new Set(
  split(
    'post times news agency department ministry committee campaign house party council commission office ' +
      'service association institute university network journal press reuters group company corp inc court ' +
      'senate congress kremlin pentagon government administration bureau foundation center centre union bank ' +
      'fund organization organisation police army forces board tribune herald gazette telegraph guardian ' +
      'magazine radio television tv channel media coalition alliance council authority authorities embassy ' +
      'parliament cabinet command club federation league movement institute poll survey report study',
  ),
);

/** Nouns that, after "the", stand for an organisation named before ("the company", "the agency"). */
export const ORGANISATION_BACK_NOUNS: ReadonlySet<string> = new Set(
  split(
    'company firm automaker carmaker agency group organization organisation network newspaper outlet ministry department bank campaign party ' +
      'union council committee government administration band team club startup retailer maker giant airline carrier insurer publisher broadcaster',
  ),
);

/** Acronyms read as their country or organisation unnamed otherwise (US, UK: 14 right on 311 news pages); the rest need it named ("PR firms", "CIS benchmarks", "AU and NZ"). */
export const ACRONYMS_ALONE: ReadonlySet<string> = new Set(split('us uk usa uae un eu nato imf wto opec oecd iaea unesco unhcr brics g7 g20 osce asean'));

/** Nouns of a firm's people and things right after its name ("WeWork employees", "Apple CEO Tim Cook", "Instagram's users"): after a one-word name, an organisation's. */
export const ORGANISATION_MEMBER_NOUNS: ReadonlySet<string> = new Set(
  split(
    'spokesperson spokesman spokeswoman employees staff workers shares stock shareholders investors customers users subscribers headquarters ceo executives cofounder co-founder subsidiary app platform',
  ),
);

/**
 * Plural nouns for people in general, no role's plural ("people like Yaqubi", "Hitler and other men"): a name given as an
 * example of them, or listed with "other" of them, is a person's.
 */
export const PEOPLE_PLURALS: ReadonlySet<string> = new Set(split('people men women persons figures folks individuals personalities celebrities politicians'));

/**
 * Plural nouns for things and firms that introduce examples ("tools like Adobe Sensei", "retailers such as Wayfair", "AI writing
 * assistants like Jasper"): a name given as one of them is no person's. Not "models", "characters" or "editors", which people are too.
 */
export const THING_KINDS: ReadonlySet<string> = new Set(
  split(
    'tools apps applications software products brands companies firms businesses corporations startups start-ups platforms retailers ' +
      'vendors providers services solutions systems programs programmes frameworks libraries languages databases engines browsers ' +
      'devices gadgets phones cameras cars vehicles games sites websites networks stores shops restaurants chains assistants chatbots ' +
      'films movies shows series books novels songs albums magazines newspapers outlets labels',
  ),
);

/** Roles that firms and software are as often as people ("market leaders including Oracle", "partners including Beko", "editors like Cursor"). */
export const ROLES_OF_FIRMS: ReadonlySet<string> = new Set(split('leader player editor manager partner'));

/**
 * Common adjectives that no suffix marks, before a kind after "and other" ("Harrow and other top officials", "Tyre and other major
 * cities"; lib/entities/list-kind.ts).
 */
export const LIST_ADJECTIVES: ReadonlySet<string> = new Set(split('top key young old major big small large nearby'));

/** Small words inside a name of a firm, a work or a place, listed as an example ("Tom's of Maine", "Ruby on Rails"; lib/entities/list-kind.ts). */
export const MEMBER_SMALL_WORDS: readonly string[] = split('of the a an at by for from in on to with');

/**
 * What English names after a place, a leader or a ruler (lib/entities/named-after.ts): a drink or food poured or served
 * from a container ("a glass of Bordeaux", "a few drops of Tabasco"), a sports club (its players and staff: "Lyon's
 * goalkeeper", "the Leeds striker"), a vessel (its prefix or its kind: "HMS Prince of Wales", "the carrier Shandong") and a
 * building or road ("the Emmanuel Macron Bridge").
 */
export const PRODUCT_CONTAINERS: readonly string[] = split(
  'glass bottle pint cup mug jar tin can carafe flute magnum dash splash drop drops shot dram sip spoonful teaspoon tablespoon wedge pot bowl',
);
/** Verbs of drinking and serving, after which a place's name is the drink ("sipped Champagne", "uncorked a Bordeaux"). */
export const DRINK_VERBS: readonly string[] = split('sip sips sipped sipping drank drinking swig swigged quaff quaffed uncork uncorked uncorking');
/** Players and staff of a club, which a city's name before them makes the club's ("Lyon striker", "Leeds' goalkeeper"). */
export const CLUB_PLAYERS: readonly string[] = split(
  'striker strikers goalkeeper goalkeepers keeper midfielder midfielders defender defenders winger wingers full-back centre-back centre-forward playmaker goalscorer ' +
    // (Cricket's, rugby's and American football's: "Lancashire seamer Tom Bailey", "Georgia quarterback Tre Hollis"; not "batter" nor
    // "bowler", a pudding's and a hat's too.)
    'seamer seamers spinner spinners batsman batsmen all-rounder all-rounders wicketkeeper wicketkeepers wicket-keeper fly-half scrum-half quarterback quarterbacks',
);
/** Words of a club that a place shares too ("a London coach", "Paris fans of opera"): the club's only after a possessive ("Lyon's coach"). */
export const CLUB_STAFF: readonly string[] = split('manager coach boss captain fans supporters squad team-mates teammates forward forwards');
/** Prefixes of ships' names ("HMS", "USS", "INS"), written in capitals before the name. */
export const SHIP_PREFIXES: readonly string[] = split('HMS USS RMS HMAS HMCS HMNZS INS USNS USCGC SS MV RV NRP HNLMS HDMS KRI PNS BNS ROKS JS TCG ARA BAP');
/** Kinds of vessel that stand before a ship's name ("the aircraft carrier Charles de Gaulle", "the cruiser Moskva"). */
export const VESSEL_KINDS: readonly string[] = split(
  'ship vessel carrier frigate destroyer cruiser battleship submarine warship corvette flagship liner ferry tanker freighter trawler yacht superyacht icebreaker steamer steamship ' +
    'schooner sloop ketch yawl brig brigantine clipper galleon tugboat catamaran trimaran dhow barge ' +
    'riverboat steamboat paddleboat paddle-steamer sternwheeler narrowboat houseboat sailboat longship',
);
/** Heads of what is built and named after a person ("the Narendra Modi Stadium", "the Emmanuel Macron Bridge"); FACILITY_HEADS adds halls and towers. */
export const BUILT_HEADS: readonly string[] = split(
  'bridge building airport library school college university hospital avenue street road boulevard square highway expressway park museum institute centre center ' +
    'store stores',
);
/** Lower-case words after a hyphen that make a compound of a place's name ("Hamburg-based", "Kyiv-born", "Paris-bound", a ship's flag: "Liberia-flagged"; lib/entities/compounds.ts). */
export const PLACE_COMPOUND_ENDS: ReadonlySet<string> = new Set(split('based born bred raised educated headquartered listed registered bound flagged'));
/**
 * Lower-case words after a hyphen that make a compound of whoever leads, backs or owns something ("Hezbollah-provoked",
 * "Iran-backed", "Hamas-run", "Kremlin-controlled", "Obama-era"): the name before the hyphen is any dataset entity's,
 * linked by the same rules as a name standing alone (a bare surname still needs its person introduced).
 */
export const AGENT_COMPOUND_ENDS: ReadonlySet<string> = new Set(
  split('led backed run owned controlled funded sponsored allied aligned linked affiliated supported brokered provoked appointed era'),
);
/**
 * Lower-case words that make a place's name part of a dish's or a product's ("Brazil nuts", "Lima beans", "Victoria sponge",
 * "Singapore noodles", "a Cuba libre", "a Moscow mule", "Bermuda shorts", "Guernsey jumpers", "Jordan gear", "Donegal tweed" (not boots: "US boots on the Moon"), "Chile peppers", "Lancashire hotpot", "Toulouse sausages", "Madeira casks", a vehicle or stationery:
 * "the Colorado pickup", "a Bedford van", "a Manila envelope"), an animal's ("Guinea pig") or a family's ("the
 * Jordan family"): nouns a place rarely governs in news copy (lib/entities/place-terms.ts inDishName). Trade words (tea,
 * coffee, wine, cheese) are not here: "Kenya tea exports" is about Kenya.
 */
export const DISH_HEADS: readonly string[] = split(
  'hat hats nut nuts sprout sprouts bean beans sponge sponges cake cakes noodle noodles sauce mustard ham pudding puddings tart tarts ' +
    'bun buns pastry pastries doughnut doughnuts bagel bagels mix sling punch fudge toffee waffle waffles biscuit biscuits stew chowder ' +
    'salad crown mince breast breasts drumstick drumsticks gravy stuffing burger burgers roast sandwich sandwiches con libre mule shorts ' +
    'pig pigs fowl family families clan household hotpot pie pies cookie cookies pickup pickups envelope envelopes ' +
    'jumper jumpers sweater sweaters pepper peppers gear sneakers tweed sausage sausages cask casks van vans ' +
    // (Garments named after a place, "Norfolk jackets", "an Ulster coat", and a model of boat or motorcycle, "its California
    // cruiser", "Bavaria cruisers": a garment or a model, rarely what a place governs in news copy.)
    'jacket jackets blazer blazers coat coats cardigan cardigans cruiser cruisers ' +
    // (Footwear, "Wellington boots", "Chelsea boots", "Oxford shoes"; place-terms.ts guards "boots", a headline's verb: "Russia boots diplomats".)
    'boot boots shoe shoes brogues ' +
    // (A maker's line of bags, a piano's model or a sushi roll named after a place: "its new Montana tote", "a Westminster
    // briefcase", "its compact Cologne upright", "the California roll"; place-terms.ts guards "upright" and "roll"; not "rolls",
    // a sports headline's verb: "Alabama rolls to victory".)
    'tote totes briefcase briefcases handbag handbags satchel satchels holdall holdalls backpack backpacks rucksack rucksacks ' +
    'upright uprights roll',
);
/**
 * Goods a maker sells under its founder's surname, in the plural right after it ("Fischer skis", "Steinway pianos", "Gibson
 * guitars"): the maker's brand, not the dataset's person of that surname (lib/entities/thing-cues.ts goodsAfter). Only goods
 * (a leader's name before "supporters", "tariffs" or "voters" is the leader), and no word that is a verb's too ("watches", "pens").
 */
export const BRAND_GOODS: readonly string[] = split(
  'skis snowboards guitars pianos bicycles motorcycles trainers sneakers tyres tires rackets racquets ' +
    'cameras lenses amplifiers knives razors ovens fridges tractors rifles shotguns',
);
/**
 * Drinks, dairy, sweets and produce named after a place ("Madeira wine", "Jersey milk", "Dubai chocolate", "Kent mangoes"): a
 * product's name, unless a word of trade follows ("Kenya tea exports", "Ghana chocolate sales", "Florida orange growers").
 */
export const PRODUCE: readonly string[] = split(
  'wine wines milk cheese cheeses butter cream beer beers ale cider whisky whiskey tea teas coffee coffees rum gin vodka sherry chocolate ' +
    // (Fruit and vegetables sold by a variety's or a region's name: "Kent mangoes from Peru", "Valencia oranges", "Georgia peaches".)
    'mango mangoes apple apples orange oranges peach peaches pear pears cherries potato potatoes tomato tomatoes pumpkin pumpkins ' +
    'banana bananas lemon lemons avocado avocados',
);
/** Lower-case words before a place's name that make it a dish's ("chicken Kiev", "beef Wellington", "Baked Alaska"). */
export const DISH_BEFORE: readonly string[] = split('chicken baked beef pork veal lobster');
/**
 * Lower-case nouns after a place's name that make the two words a term coined after it, no mention of the place
 * (lib/entities/place-terms.ts placeTerm): a syndrome or a theory ("Stockholm syndrome", "the Copenhagen interpretation"),
 * a disease, a creature, a breed or a plant ("Panama disease", "Alabama rot", "Guinea worm", "a Greenland shark", "Jersey cows", "Kerry and Dexter cattle",
 * "the Colorado beetle", "Turkey vultures", "an Iceland gull", "Tennessee warblers", "a Norway spruce", "Jerusalem artichokes"), an agreement signed there ("the Dayton agreements", "the Oslo
 * accords", "the Kyoto protocol", "the Normandy format"); a fish, a game or a vegetable ("Alaska pollock", "Texas hold'em",
 * "Brussels sprouts", "Kentucky bluegrass"); a board ridden or surfed ("a Santa Cruz deck"); two-word
 * heads of a drink ("India pale ale"). Unlike DISH_HEADS, they name the place again before a noun of PLACE_TERM_NOT_BEFORE.
 */
export const PLACE_TERM_HEADS: readonly string[] = split(
  'syndrome interpretation disease flu worm worms shark sharks rat rats goose geese terrier spaniel retriever mastiff sheepdog spruce maple lacquer ' +
    'cow cows heifer heifers cattle beetle beetles artichoke artichokes vulture vultures periwinkle rot ' +
    'gull gulls warbler warblers wren wrens finch finches sparrow sparrows oriole orioles bunting buntings shearwater shearwaters ' +
    "agreement agreements accord accords protocol format pollock hold’em hold'em sprouts fern ferns " +
    'deck decks skateboard skateboards surfboard surfboards bluegrass pine',
);
export const PLACE_TERM_PAIRS: readonly string[] = ['pale ale', 'flying boat', 'flying boats', 'box van', 'box vans'];
/** Nouns after such a head that make the place a place again: "a Florida shark attack", "a Congo disease outbreak", "India flu cases". */
export const PLACE_TERM_NOT_BEFORE: readonly string[] = split(
  'attack attacks bite bites sighting sightings outbreak outbreaks case cases death deaths toll prices problem population season farm farms cull ' +
    'farmers herd herds infestation infestations ranchers ranches industry market markets exports',
);
/** Capitalised words before a place's name that make it a firm's ("Air Canada", "Air India"; lib/entities/place-terms.ts). */
export const FIRM_LEADS: readonly string[] = split('Air');
/** Animals, kinds of thing before or beside a name (APPOSITIVE_THING_KINDS; ANIMAL_KINDS). */
const ANIMALS =
  'rhino horse racehorse mare stallion colt filly gelding dog puppy cat kitten elephant gorilla panda giraffe lion tiger bear whale dolphin parrot tortoise';
/**
 * Kinds of thing that no place, country or person is, as the head of an appositive beside a name ("Tehran, the spy
 * thriller,", "Sudan, the last male northern white rhino,", "Interpol, the New York band,", "Montenegro, the Italian amaro,";
 * lib/entities/thing-appositive.ts): works and genres, performers' groups, animals, drinks, and made things. Not "group",
 * "hub", "host", "economy" or "power", which places and countries are called too ("China, the world's second-largest economy").
 */
export const APPOSITIVE_THING_KINDS: readonly string[] = split(
  'film movie musical novel album song opera documentary sitcom series thriller drama comedy satire soap franchise sequel spin-off ' +
    'podcast memoir biopic ballad anthem videogame video-game painting sculpture ' +
    'band duo trio quartet orchestra choir ' +
    ANIMALS +
    ' ' +
    'amaro liqueur cocktail lager bourbon whisky whiskey gin rum vodka brandy cognac soda drink beer ale cider wine ' +
    'perfume fragrance pickup sedan hatchback truck handset smartphone chatbot rover probe spacecraft satellite rocket ' +
    'program programme software app browser plugin plug-in ' +
    'chain retailer supermarket revival game boardgame toy doll comic cartoon character',
);

/**
 * What an appositive calls a place, a state, or what a state is to others ("China, the world's second-largest economy,", "Jordan,
 * a key US ally,", "Davos, the Swiss ski resort,"): thing-appositive.ts's nonPlaceAppositive reads any other head as a thing.
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set(
  split(
    'country nation state kingdom republic emirate sultanate principality monarchy democracy dictatorship federation union ' +
      'city capital town village hamlet metropolis megacity city-state island archipelago peninsula region province territory ' +
      'enclave exclave county district borough suburb municipality prefecture oblast canton department commune parish ' +
      'port seaport harbour harbor resort spa destination hub gateway home birthplace cradle heartland homeland stronghold ' +
      'bastion battleground frontline front frontier border crossroads centre center site area zone colony settlement outpost ' +
      'base location venue host ally neighbour neighbor partner rival member signatory economy market producer exporter ' +
      'importer supplier consumer buyer powerhouse power superpower giant haven hotspot epicentre epicenter stage scene seat ' +
      'nation-state land one place part corner',
  ),
);

/** Animals among the kinds of thing before a name: what follows their name is what they do (named-after.ts). */
export const ANIMAL_KINDS: ReadonlySet<string> = new Set(split(ANIMALS));
