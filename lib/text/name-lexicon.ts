/**
 * The word lists the name finder (lib/entities/other-names.ts) reads: English naming conventions, kept as data.
 * The name finder reads them through the dataset look-up (`DatasetLookup.lexicon`); in the extension
 * it runs in the background beside the dataset (lib/analyze/document.ts), so neither the lists nor
 * the finder ride in the content script, which is paid for on every page load.
 */
import givenNamesFile from '../../assets/ner/names.json';
export interface NameLexicon {
  /** Head words of organisations, last in the name: "… University", "… Party". */
  orgHeads: string;
  /** …or first, before "of": "University of …", "Council of …". */
  orgLeads: string;
  /** Head words of places: "… River", "… Island". */
  placeHeads: string;
  /** …or first: "Lake …", "Mount …", "Gulf of …". */
  placeLeads: string;
  /** Names of events, works, periods and products ("… War", "… Games", "… Act", "… Pro", "… Keyboard"): none of person, place, organisation. */
  otherHeads: string;
  /** Capitalised at a sentence start only ("In Bremen", "After Christopher Columbus"), beyond the person finder's never-name words. */
  leadWords: string;
  /** Words that make another place of the place they qualify: "Northern Ireland", "East Africa", "New France". */
  qualifiers: string;
  /** Acronyms that are common nouns, units or eras rather than organisations. */
  commonAcronyms: string;
  /** Titles before a person's name beyond the news titles the person finder knows (king, pope, actor…). */
  titles: string;
  /** Given names, lower case (assets/ner/names.json): "Helen Okafor" is a person; "Jack London" is not London. */
  givenNames?: string;
  /** Given names from officeholders' names that givenNames lacks: evidence in a full name, never alone ("Siri" is mostly Apple's). */
  officeholderGivenNames?: string;
  /** The US states: "Athens, Georgia" is a town in a state, and Georgia there is not the country. */
  usStates?: string;
  /** Well-known organisations and places, lower case, "_" for spaces (assets/ner/names.json): "Boeing said" is not a person. */
  knownOrgs?: string;
  knownPlaces?: string;
  /** Cities of 100,000 people or more beyond knownPlaces (assets/ner/names.json, from GeoNames): places only where no person was found. */
  cities?: string;
  /** Companies beyond knownOrgs (assets/ner/names.json, from cspell's company dictionary): organisations only in a company's context. */
  companies?: string;
  /** Everyday English words, lower case (assets/ner/names.json, from SUBTLEX): "Apache Spark", "Blue Origin" are no people's names. */
  everyday?: string;
  /** Dataset places with a large namesake city in other countries, "<entity id>=<country id>,…" (assets/ner/names.json, from GeoNames). */
  abroad?: string;
  /** Of those, the ids whose namesake abroad is as large as the place's own city or nearly so (half or more). */
  abroadRivals?: string;
  /** Dataset places whose name a GeoNames place of another country of 10,000 people or more carries, "<id>=<country id>,…" (sentence-region.ts). */
  abroadTowns?: string;
  /** Currencies named without a country's adjective, "<word>=<country id>,…" ("euro=country:it,…"; assets/ner/names.json, from the CIA World Factbook). */
  currencies?: string;
  /** Regions, seas and ranges of the world, "_" for spaces ("the Balkans", "the Sahara", "Latin America"); known places, but not as adjectives ("Mediterranean diet"). */
  regions?: string;
  /** Verbs people, more than companies or places, are the subjects of ("Winstone enrolled"); a past tense in -ed counts too. */
  lifeVerbs?: string;
  /** Kin and companions, which introduce a person as titles do ("her brother, Tomás,"). */
  kin?: string;
  /** Head words of shops, restaurants, trades, venues and products, last in a name ("Slice Pizza", "Naba Zabih Photography", "Addison Gallery", "Unreal Engine"): never a person's. */
  businessHeads?: string;
  /** Words that set a story in the United States (its largest cities, its parties and Congress): "Georgia" there is the state. */
  usContext?: string;
  /**
   * The learned name tagger's weights (assets/ner/tagger.json, lib/entities/tagger); checked before
   * use. Absent from the shipped lexicon: the tagger is off in the product (lib/entities/tagger/with-weights.ts).
   */
  tagger?: unknown;
}

/**
 * Titles of rulers and clergy that name an office ("Emperor Naruhito", "Sultan Ibrahim"): part of
 * the name finder's titles below, and the ones the linker lets introduce an officeholder.
 */
export const RULER_TITLES = 'emperor empress pope duke duchess sultan tsar shah emir sheikh archbishop bishop cardinal';

/**
 * Trades among the name finder's titles ("actor Chris Evans", "businessman Andrew Yang"): no office,
 * so an officeholder of the dataset introduced by one is a namesake (lib/entities/namesakes.ts).
 */
export const TRADE_TITLES =
  'actor actress singer composer poet novelist artist painter philosopher scientist physicist architect producer playwright explorer inventor entrepreneur businessman footballer player coach manager designer photographer journalist scholar nurse doctor surgeon teacher farmer pilot soldier constable detective inspector councillor chef baker butcher grocer shopkeeper striker winger midfielder defender goalkeeper referee captain rapper comedian musician guitarist drummer novelist ' +
  'screenwriter songwriter lyricist filmmaker cinematographer animator illustrator cartoonist sculptor choreographer dancer pianist violinist cellist saxophonist vocalist bassist ' +
  'mathematician astronomer chemist biologist botanist archaeologist anthropologist sociologist psychologist psychiatrist linguist theologian missionary astronaut mountaineer ' +
  'wrestler cyclist golfer jockey quarterback cricketer sprinter swimmer essayist critic';

/**
 * Nouns of a trade that end firms' names after a name ("Malcolm Smith Motorsports", "Carr Futures", "Rosa's Pizza", "El Paso
 * Energy"): as the last word of a name they make it a firm's, not a person's.
 */
export const TRADE_HEADS: ReadonlySet<string> = new Set(
  (
    'motorsports transport transportation logistics trucking futures insurance realty properties construction plumbing roofing ' +
    'automotive pizza pizzeria bakery cafe café restaurant grill bistro diner deli salon barbershop fabrics furniture hardware ' +
    'pharmacy dental veterinary publishing productions entertainment foods farms brewery winery distillery airways railways roadways ' +
    'shipping energy petroleum pharmaceuticals telecom communications bancorp financial securities investments hotels resorts cleaners movers ' +
    'electric chiropractic tire tires siding towing heating karate'
  ).split(' '),
);

export const NAME_LEXICON: NameLexicon = {
  orgHeads:
    'international watch university college institute institution academy school company corporation corp inc ltd llc llp plc s.a. n.v. group holdings party council committee commission association society foundation agency ministry department bank army navy marines forces police guard church club museum union league federation court parliament assembly senate congress office bureau board service services times post journal gazette herald tribune news press courant airlines airways records studios pictures team orchestra band trust fund embassy order brotherhood movement front alliance coalition organization organisation network channel corps cabinet government administration authority directorate secretariat brigade regiment battalion division fleet monastery abbey convent cathedral hospital library theatre theater laboratory laboratories centre center enterprises industries motors systems forum management partners capital ventures labs solutions technologies media consulting associates studio institution institutions',
  orgLeads:
    'university college institute academy bank council committee commission ministry department church house order league society museum court office board',
  placeHeads:
    'beach beaches river rivers mountains mountain mount range lake lakes sea ocean island islands isles isle valley desert peninsula bay gulf strait straits canal channel delta coast street avenue road square park province county district region city town village basin plateau forest falls hills highlands lowlands empire kingdom republic principality duchy khanate caliphate sultanate emirate airport bridge harbour harbor port glacier cape reef atoll archipelago oblast prefecture governorate territory territories state capital oasis steppe plain plains strip',
  placeLeads: 'lake mount mt cape fort port gulf bay isle strait sea kingdom republic duchy principality province county city state region sultanate emirate',
  otherHeads:
    'war wars revolution games olympics award awards prize cup championship championships festival act treaty agreement accord conference summit day age ages era period dynasty bible testament gospel constitution law code program programme project plan series show album film movie book novel report index model century expedition crisis rebellion uprising battle siege campaign operation mission trophy open prix tour marathon season episode song symphony opera ballet mass exhibition fair expo convention declaration doctrine theory effect syndrome disease virus language languages pro mini plus ultra lite edition keyboard mouse charger controller console headphones earbuds supplement salad meal recipe hurricane typhoon cyclone storm tornado',
  leadWords:
    'its some many other others both each several such any another no one two three during without within where despite following according also then now still yet only even not once upon through throughout under over about around against along across behind beyond near into onto among between amid what which who whose how you or unlike like towards toward via per whereas whether therefore thus hence again just perhaps maybe please thanks dear hi hello hey welcome sure yes yeah yep okay oh wow congratulations congrats having being highly really totally luckily finally clearly obviously unfortunately fortunately apparently basically actually certainly definitely honestly seriously surely hopefully simply recently currently usually generally personally absolutely overall instead otherwise nevertheless nonetheless meanwhile moreover furthermore besides too very glad enough outside inside beyond see try take visit find make let check click call contact join would should could is are was were does did can why whatever buy shop order download learn explore discover enter',
  qualifiers:
    'north south east west northern southern eastern western northeast northwest southeast southwest northeastern northwestern southeastern southwestern central upper lower outer inner greater little new old',
  commonAcronyms:
    'CEO CFO COO CTO GDP GNP TV AI PM AM BC AD BCE CE DNA RNA HIV AIDS PHD MBA FAQ ID OK USB PC IT PR HR VIP DIY UFO GPS CD DVD MP MPS PDF URL SMS ATM VAT IQ RPG NGO CCTV EV',
  titles: `${RULER_TITLES} caliph maharaja nawab shogun viceroy lord lady sir dame baron pharaoh rabbi reverend pastor priest imam chaplain deacon vicar sheriff prosecutor magistrate superintendent ${TRADE_TITLES}`,
  givenNames: givenNamesFile.givenNames,
  officeholderGivenNames: givenNamesFile.officeholderGivenNames,
  knownOrgs: givenNamesFile.organizations,
  knownPlaces: givenNamesFile.places,
  cities: givenNamesFile.cities,
  companies: givenNamesFile.companies,
  everyday: givenNamesFile.everyday,
  abroad: givenNamesFile.abroad,
  abroadRivals: givenNamesFile.abroadRivals,
  abroadTowns: givenNamesFile.abroadTowns,
  currencies: givenNamesFile.currencies,
  regions:
    'balkans caucasus sahara sahel mediterranean pacific atlantic arctic antarctic caribbean eurasia scandinavia levant maghreb himalayas alps andes pyrenees urals ' +
    'appalachians patagonia anatolia mesopotamia arabia polynesia melanesia baltics benelux gobi kalahari sinai kashmir latin_america far_east near_east horn_of_africa',
  lifeVerbs:
    'was had became began took met went won lost left died married joined led returned moved lived served spent received accepted decided refused agreed tried sought remained worked played starred appeared enrolled studied walked visited fought fled spoke wrote sang grew taught earned resigned retired',
  usContext:
    'Atlanta Chicago Houston Phoenix Philadelphia San_Antonio San_Diego Dallas Austin Jacksonville Columbus Charlotte Indianapolis Seattle Denver Boston Nashville Detroit Portland Memphis Louisville Baltimore Milwaukee Albuquerque Tucson Fresno Sacramento Omaha Raleigh Miami Oakland Minneapolis Tulsa Cleveland Wichita New_Orleans Savannah Augusta Macon Pittsburgh Cincinnati St_Louis Kansas_City Salt_Lake_City Las_Vegas Los_Angeles San_Francisco Brooklyn Manhattan Democrat Democrats Democratic_Party Republican Republicans GOP Congress Congressman Congresswoman Capitol_Hill White_House',
  // (TRADE_HEADS and more: shops, venues and products, which end no firm's name as surely, and no person's either.)
  businessHeads: [
    ...TRADE_HEADS,
    ...'eatery tavern pub cantina taqueria steakhouse creamery kitchen mall outlet outlets store stores shop shoppe boutique supermarket emporium spa laundromat discount moving storage auto tech repair landscaping hotel motel suites hostel photography apparel flooring fitness gym rentals catering florist jewelers printing cinema ballroom gallery galleries pavilion conservancy podcast co networks engine framework shield cleanser moisturizer serum'.split(
      ' ',
    ),
  ].join(' '),
  kin: 'brother sister son daughter wife husband father mother uncle aunt cousin nephew niece grandson granddaughter grandfather grandmother friend partner widow colleague',
  usStates:
    'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont virginia washington west_virginia wisconsin wyoming',
};

/**
 * Head words of organisations' names that are as often a product's or an offer's ("AI Solutions", "Managed Service", "Android Studio"):
 * no institution's head before "for" ("… Solutions for Gaming Companies" is a heading; "Center for …", "Agency for …" are names).
 */
export const OFFER_HEADS: ReadonlySet<string> = new Set(
  'service services solutions systems studio studios technologies labs media consulting partners capital ventures management enterprises industries network channel watch group holdings team band records pictures motors'.split(
    ' ',
  ),
);

/**
 * Head words that name a practice or a kind of product as often as a body ("Customer Relationship Management (CRM)",
 * "Master Data Management (MDM)", "Access Management (IAM)"): its acronym in parentheses is a concept's, not an organisation's.
 */
export const CONCEPT_HEADS: ReadonlySet<string> = new Set('management systems system solutions technology software platform'.split(' '));
