/**
 * Nouns that, right after a place's name used as a modifier ("Mumbai airport", "Bury council", "Lagos commuters"), say
 * "of this place": its people, its government and public bodies, its ground and divisions, its buildings, transport and
 * works, its economy, and what happens there. Written from those general categories of English, not from sentences.
 * Left out on purpose: nouns of goods, materials, foods, drinks, clothes, animals, plants, fonts, styles and players,
 * which English names after a place without meaning it ("Damascus steel", "Wellington boots", "Kentucky bluegrass";
 * lib/entities/attributive-place.ts), and commercial venues named after a place as often as sited in one (hotel,
 * casino, restaurant, bar, club). Singular forms; plurals are made below.
 */

const split = (s: string) => s.trim().split(/\s+/);

const SINGULAR = split(
  [
    // People and residents.
    'man woman boy girl child teenager teen baby mother father grandmother grandfather grandmother mum dad son daughter',
    'cousin aunt uncle relative nephew niece grandparent husband wife friend kid boyfriend girlfriend',
    'couple family resident native citizen inhabitant local commuter voter taxpayer homeowner landlord tenant renter',
    'worker employee driver motorist cyclist pedestrian passenger shopper patient student pupil teacher doctor nurse',
    'pensioner retiree parent neighbour neighbor community population household victim survivor witness suspect',
    'rancher herder shepherd crofter smallholder gunman attacker protester protestor demonstrator rioter activist campaigner farmer fisherman miner',
    'businessman businesswoman entrepreneur trader merchant vendor shopkeeper landowner developer lawmaker legislator',
    'politician leader chief councillor councilor alderman mayor governor lieutenant-governor senator congressman',
    'congresswoman assemblyman assemblywoman representative delegate official officer administrator commissioner',
    'prosecutor attorney judge magistrate coroner sheriff constable policeman policewoman firefighter paramedic',
    // (People by their trade or profession; not a team's players, "a Lancashire seamer", whom a club fields.)
    'lawyer solicitor barrister accountant architect designer engineer scientist researcher professor lecturer economist',
    'analyst forecaster journalist reporter editor publisher writer author poet artist painter sculptor musician photographer',
    'chef baker butcher tailor jeweller jeweler florist dentist surgeon consultant auctioneer stockbroker shipbroker collector',
    'diocese bishop archbishop imam rabbi priest pastor vicar',
    // Government and public bodies.
    'council government leadership administration authority parliament assembly legislature senate congress cabinet ministry',
    'department agency office bureau board commission committee court tribunal police constabulary prosecutor',
    'force army garrison command fire-brigade brigade ambulance regime junta municipality corporation',
    'delegation embassy consulate mission election elections poll referendum ballot vote constituency',
    'electorate caucus primary party chapter branch',
    // Ground, divisions and parts.
    'side end edge half part corner section',
    'province county region district area suburb borough ward parish village town city metro metropolitan',
    'township prefecture state territory zone enclave quarter neighbourhood neighborhood precinct outskirts',
    'coast coastline shore waterfront border frontier countryside hinterland downtown uptown centre center',
    'street streets road roads avenue highway motorway freeway skyline landscape basin valley region heartland',
    'bay harbour harbor river lake island peninsula hills mountains plain plains desert delta',
    // Buildings, transport, works.
    'airport airfield station terminal port seaport docks dockyard shipyard harbourfront bridge tunnel dam',
    'hospital clinic museum gallery library university college school academy campus institute zoo aquarium',
    'cathedral church mosque temple synagogue shrine stadium arena park cemetery prison jail courthouse',
    'palace fort barracks base headquarters depot factory plant refinery mill mine works warehouse',
    'bus buses train tram metro subway underground railway rail line ferry transit traffic motorway',
    'housing infrastructure water electricity sewer sewage',
    // Laws and policies.
    'law bill act statute ordinance ban rule regulation mandate decree policy program programme plan scheme initiative reform',
    // Trades and firms of the place, and their people.
    'maker manufacturer producer grower brewer distiller vintner founder owner operator startup start-up brokerage broker dealer',
    'supplier exporter importer retailer wholesaler chain employer insurer lender bank banker investor entrepreneur',
    // Homes, premises and grounds (not a casino: casinos are named after places, "the Paris", "the Venetian").
    'house home homes apartment flat bungalow cottage mansion villa townhouse condo loft cabin ranch farmhouse farm estate garden gardens basement room block building tower alley yard',
    'resort lodge inn motel hostel spa campsite location site',
    'pub bar restaurant cafe café shop store garage workshop studio supermarket hotel bakery kitchen nursery venue beach field park square',
    // Its weather and seasons ("a Chicago winter", "the Texas heat": the place's own, no goods named after it).
    'winter summer spring autumn weather climate heat cold rain snow sunshine humidity',
    // Economy.
    'economy market markets stock stocks bourse exchange index share shares trade trading tax taxes budget',
    'property properties housing price prices rent rents business businesses firm firms company companies industry',
    'sector office jobs job unemployment employment wage wages payroll investment investors',
    // Events and what happens there.
    'attack attacks bombing bombings blast explosion shooting stabbing massacre siege war battle uprising',
    'riot riots protest protests strike strikes unrest violence crisis fighting offensive raid clashes',
    'flood floods flooding fire fires wildfire wildfires blaze earthquake quake storm hurricane tornado drought',
    'heatwave outbreak epidemic pandemic lockdown curfew blackout shortage',
    'fair show festival exhibition expo carnival parade auction games olympics',
    'marathon summit talks conference meeting accord agreement treaty declaration process convention',
    'trial case inquiry investigation hearing ruling verdict vote by-election campaign rally report study survey',
    // What a place has and does as a whole.
    'life history heritage culture identity character scene population census',
  ].join(' '),
);

/** A noun's plural as English regularly writes it ("councillors", "cities", "buses"). */
function plural(w: string): string {
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (/(?:s|x|z|ch|sh)$/.test(w)) return w + 'es';
  return w + 's';
}

/** The white-list, singular and plural; with the irregular plurals of its people. */
export const PLACE_OWN_NOUNS: ReadonlySet<string> = new Set([
  ...SINGULAR,
  ...SINGULAR.map(plural),
  ...split('men women children people folk folks police policemen policewomen businessmen businesswomen fishermen gunmen'),
]);

/** One of PLACE_OWN_NOUNS, or a compound of a man's or a woman's trade ("oilman", "fishermen", "congresswoman"). */
export const placeOwnNoun = (w: string): boolean => PLACE_OWN_NOUNS.has(w) || (w.length > 5 && /(?:man|men)$/.test(w) && !/(?:human|humen)$/.test(w));
