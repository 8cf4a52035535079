import type { Span } from '../types';
import { PORTFOLIO_WORDS } from '../text/words';
import { placedRole } from './role-phrase';

/**
 * A role the sentence states for a full name that no office the dataset gives the person can be (issue 18): "funeral director
 * Ian Murray", "examiner Darren Jones confirmed", "A Chinese tyre maker …, its chairman, Li Qiang, told reporters", "Joy Grant,
 * president of the court reporters' association". The dataset knows people only by offices of state (ministers, heads of state
 * and government, legislators, central bankers, heads of international bodies), so a civilian trade, or a post in a firm, a club
 * or an association, is somebody else's of that name. Asked by namesakes.ts (describedAsSomebodyElse), which leaves alone the
 * trades its own lists know and keeps a head of state or government's earlier trade in an article of public office.
 *
 * Compatible, and never read as a conflict: any word of the person's own role titles ("President Sandra Mason", "Scottish
 * Secretary Ian Murray"), any office of state before the name ("Premier", "former minister", "Labour MP", "Governor-General": an
 * office the dataset does not list may be an earlier one), and a post in a party, a government or a parliament ("party chairman",
 * "chairman of the Labour Party").
 */

/** Civilian trades and roles the name finder's lists lack ("examiner", "hostess", "undertaker"): no office of state. */
const CIVILIAN: ReadonlySet<string> = new Set(
  (
    'examiner invigilator instructor hostess undertaker mortician embalmer florist caterer publican barman barmaid bartender ' +
    'landlady shopkeeper storekeeper baker butcher fishmonger greengrocer tailor seamstress dressmaker cobbler locksmith blacksmith ' +
    'gardener groundsman greenkeeper gamekeeper arborist surveyor auctioneer valuer estate-agent optician pharmacist chemist ' +
    'veterinarian midwife carer childminder nanny housekeeper butler chauffeur cabbie taxi-driver trucker lorry-driver bus-driver ' +
    'conductor ranger warden lifeguard bouncer doorman curator librarian archivist headteacher headmaster headmistress ' +
    'schoolteacher teacher head-teacher tutor lecturer dean principal coach trainer referee umpire steward commentator presenter broadcaster newsreader ' +
    'blogger influencer vlogger podcaster hairdresser barber beautician stylist tattooist masseur masseuse therapist counsellor ' +
    'counselor dentist optometrist physiotherapist accountant bookkeeper stockbroker trader dealer jeweller jeweler antiques-dealer ' +
    'winemaker brewer distiller beekeeper shepherd rancher breeder jockey trainer kennelman angler fisherman skipper deckhand ' +
    'sailor pilot stewardess flight-attendant cabin-crew receptionist clerk secretary-typist typist cashier salesman saleswoman ' +
    'shop-assistant landlord tenant homeowner householder neighbour neighbor pensioner retiree entrant contestant birdwatcher ' +
    'collector hobbyist enthusiast'
  ).split(' '),
);
/** Posts in a body of any kind, of state or not ("chairman", "director"): a conflict only where the body is no state's. */
const POSTS: ReadonlySet<string> = new Set(
  'chairman chairwoman chair president director manager secretary treasurer spokesman spokeswoman spokesperson executive partner boss chief foreman supervisor'.split(
    ' ',
  ),
);
/** Posts only a firm, a club or a society has: no office of state, whatever body. */
const PRIVATE_POSTS: ReadonlySet<string> = new Set('ceo owner co-owner founder co-founder proprietor franchisee shareholder'.split(' '));
/** Words before a post that make it one of state, politics or of the post's own rank, no firm's ("party chairman", "deputy director"). */
const STATE_WORDS: ReadonlySet<string> = new Set([
  ...PORTFOLIO_WORDS,
  ...(
    'party parties state government council committee commission parliamentary parliament cabinet ministry campaign caucus ' +
    'national federal regional provincial municipal county city central opposition shadow executive general foreign home justice ' +
    'deputy acting interim former then new current outgoing incoming longtime long-time late senior junior vice assistant associate joint ' +
    'co permanent principal private press political public civil election electoral legislative presidential royal'
  ).split(' '),
]);
/**
 * Words of a body's state, political or international kind ("Party", "Ministry", "Parliament", "the bloc's", "the agency's"): a post
 * there may be the person's (the dataset's heads of international bodies among them).
 */
const STATE_BODY =
  /\b(?:[Pp]art(?:y|ies)|[Pp]arliament\w*|[Gg]overnment|[Mm]inist(?:ry|ries|er)|[Cc]ouncil|[Cc]ommittee|[Cc]ommission|[Aa]ssembly|[Ss]enate|House|[Cc]ongress|[Cc]abinet|[Ss]tate|[Rr]epublic|[Kk]ingdom|[Nn]ation(?:al)?|[Ff]ederal|[Cc]entral [Bb]ank|[Rr]eserve|[Tt]reasury|[Cc]aucus|[Cc]ampaign|[Ee]lection|[Uu]nion|[Ff]ederation|[Cc]ountry|[Cc]oalition|[Oo]pposition|[Aa]genc(?:y|ies)|[Bb]loc|[Oo]rgani[sz]ations?|[Dd]epartment|[Aa]uthorit(?:y|ies)|[Aa]dministration|[Rr]egime|[Aa]rmy|[Mm]ilitary|[Pp]olice|[Ee]mbass(?:y|ies)|[Dd]elegation|[Aa]lliance|[Mm]ission|UN|EU|NATO|[Pp]resident|[Pp]rime|[Pp]olitic\w*|Labour|Conservatives?|Tor(?:y|ies)|Democrat\w*|Republican\w*|Liberal\w*|Communist\w*|Socialist\w*)\b/;
/** Words that make a role one held before ("former", "retired", "ex-"). */
const EARLIER: ReadonlySet<string> = new Set('former retired ex onetime one-time erstwhile then'.split(' '));
/** Heads of bodies that are no state's: firms, clubs, associations, schools, charities ("tyre maker", "court reporters' association"). */
const PRIVATE_BODY =
  /\b(?:[Cc]ompan(?:y|ies)|[Ff]irms?|[Gg]roup|[Mm]aker|[Mm]anufacturer|[Rr]etailer|[Cc]hain|[Bb]rand|[Cc]lub|[Aa]ssociation|[Ss]ociety|[Cc]harity|[Ff]oundation|[Tt]rust|[Ss]chool|[Cc]ollege|[Aa]cademy|[Hh]ospital|[Tt]eam|[Ll]eague|[Oo]rchestra|[Bb]and|[Cc]hoir|[Ss]tudios?|[Rr]estaurant|[Hh]otel|[Aa]irline|[Cc]orporation|Corp|Inc|Ltd|PLC|[Pp]lc|LLC|[Hh]oldings|[Ii]ndustries|[Mm]otors|[Ss]tore|[Ss]hop|[Ff]arm|[Bb]rewery|[Ww]inery|[Mm]useum|[Gg]allery|[Ff]estival|[Gg]arden|[Cc]afe|[Pp]ub|[Bb]akery|[Ss]tartup|[Ss]tart-up|[Ll]abel|[Ff]und|[Bb]usiness)\b/;

/** Up to three lower-case words, then the word right before the name (an honorific between them skipped: "farmer Mr Lee"). */
const DIRECT_BEFORE = /(?:^|[^\p{L}'’-])((?:[\p{Ll}'’-]+\s+){0,3})(\p{L}[\p{Ll}-]*)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$/u;
/** "its chairman, ", "the firm's chief executive, ", "the garden's director, ": a determiner, up to three words, the post and a comma. */
const COMMA_BEFORE = /(?:^|[^\p{L}])([Ii]ts|[Tt]heir|[Tt]he)\s+((?:[\p{L}'’-]+\s+){0,3}?)(\p{Ll}[\p{Ll}-]*),\s+$/u;
/** "A spokesman for Network Rail, ", "the chairman of Acme Widgets Ltd, ": a post and what it is of, in apposition before the name. */
const POST_OF_BEFORE = /(?:^|[^\p{L}])(?:[Aa]n?|[Tt]he)\s+((?:[\p{L}'’-]+\s+){0,2}?)(\p{Ll}[\p{Ll}-]*)\s+(?:of|at|for)\s+(?:the\s+)?([^,.;:()]{2,60}),\s+$/u;
/** A spokesman speaks for somebody else: for a body with a name that is no state's, never the office-holder the dataset knows. */
const SPOKES = /^spokes(?:man|woman|person)$/;
/** ", president of the court reporters' association", ", the company's founder": a post after the name's comma and what it is of. */
const POST_AFTER =
  /^,\s+(?:(?:the|its|a|an)\s+)?((?:[\p{L}'’-]+\s+){0,3}?)(\p{Ll}[\p{Ll}-]*)(?:\s+(?:of|at|for|in)\s+(?:the\s+)?([^,.;:()]{2,60})|(?=\s*[,.;]))/u;

/**
 * The stated role of the full name at `span` when it is no office the person's records can be (the role word), else null.
 * `own`: the words of the person's role titles; `trade`: the trades namesakes.ts already knows (asked for the words before a
 * post too: "bakery owner").
 */
export function roleConflict(text: string, span: Span, own: ReadonlySet<string>, trade: (w: string) => boolean): string | null {
  const lead = text.slice(Math.max(0, span.start - 90), span.start);
  const direct = DIRECT_BEFORE.exec(lead);
  if (direct) {
    const head = direct[2]!;
    const mods = direct[1]!.trim().split(/\s+/).filter(Boolean);
    // (A capitalised word is a title of a name's own or a sentence's first word: only a civilian trade reads so.)
    const low = head.toLowerCase();
    // ("Senator Mark Kelly, a former Navy test pilot,": a title of the person's own before the name outweighs what follows.)
    if (head !== low && own.has(low)) return null;
    const role = head === low ? conflictOf(low, mods, own, trade, null) : CIVILIAN.has(low) && !own.has(low) ? low : null;
    if (role) return role;
  }
  const comma = COMMA_BEFORE.exec(lead);
  // (Only where the name's own comma closes the appositive: "its chairman, Li Qiang, told".)
  if (comma && /^,/.test(text.slice(span.end, span.end + 2))) {
    const det = comma[1]!.toLowerCase();
    const mods = comma[2]!.trim().split(/\s+/).filter(Boolean);
    const owner = mods.find((w) => /['’]s?$/.test(w));
    // ("the president, X,": a post with no body said is anybody's; "its president": of what the sentence spoke of, if no state.)
    const body = owner ?? (det === 'its' || det === 'their' ? (STATE_BODY.test(lead.slice(sentenceOpens(lead), comma.index)) ? 'Party' : 'it') : null);
    if (body) {
      const role = conflictOf(comma[3]!, mods, own, trade, body);
      if (role) return role;
    }
  }
  const ofBefore = text.charCodeAt(span.end) === 44 && lead.endsWith(', ') ? POST_OF_BEFORE.exec(lead) : null;
  if (ofBefore) {
    const role = conflictOf(ofBefore[2]!, ofBefore[1]!.trim().split(/\s+/).filter(Boolean), own, trade, ofBefore[3]!);
    if (role) return role;
  }
  const after = POST_AFTER.exec(text.slice(span.end, span.end + 110));
  if (after) {
    const mods = after[1]!.trim().split(/\s+/).filter(Boolean);
    const owner = mods.find((w) => /['’]s?$/.test(w));
    const body = after[3] ?? owner ?? null;
    // (A role with no body after it, ", a director,", ", a retired plumber,", is the appositive rule's in namesakes.ts.)
    const role = body ? conflictOf(after[2]!, mods, own, trade, body) : null;
    if (role) return role;
  }
  // ("said vet Mark Brown", "X of the British Dog Groomers' Association": a role read from where the name stands, role-phrase.ts.)
  return placedRole(text, span, own);
}

/**
 * Where the name's sentence opens in the lead: what "its" may stand for is said between there and the post. (Asked only of "its" or
 * "their" before a post: the pattern, tried from every character of the lead, was most of this function's cost when read for every name.)
 */
const sentenceOpens = (lead: string): number => lead.search(/[.!?]\s+\p{Lu}[^.!?]*$/u) + 1;

/**
 * Whether `head`, with the words before it (`mods`) and the body it is of (`body`, null when none is said), names a role none of
 * the person's offices is.
 */
function conflictOf(head: string, mods: string[], own: ReadonlySet<string>, trade: (w: string) => boolean, body: string | null): string | null {
  // (The two words nearest the post say whose it is: "Labour party chairman", "deputy chief executive".)
  // (An earlier role is no conflict: "a former test pilot", "the retired bakery owner" may be the minister's life before office.)
  if (own.has(head) || mods.some((w) => EARLIER.has(w)) || mods.slice(-2).some((w) => STATE_WORDS.has(w.replace(/['’]s?$/, '')))) return null;
  if (CIVILIAN.has(head) || CIVILIAN.has(`${mods.at(-1)}-${head}`)) return head;
  if (body && STATE_BODY.test(body)) return null;
  if (SPOKES.test(head) && body && /^\p{Lu}/u.test(body) && ![...own].some((w) => SPOKES.test(w))) return head;
  // ("chief executive", "managing director": a firm's, where the person's titles have no word of it — Hong Kong's has both.)
  if (PRIVATE_POSTS.has(head) || (head === 'executive' && mods.at(-1) === 'chief') || (head === 'director' && mods.at(-1) === 'managing')) return head;
  if (!POSTS.has(head)) return null;
  // "funeral director", "towing firm manager", "bakery owner": a post after a noun of a trade or a body no state's.
  const noun = mods.at(-1);
  if (noun && (trade(noun) || PRIVATE_BODY.test(noun) || CIVILIAN.has(noun) || NOUN_BODY.test(noun))) return head;
  if (body && (body === 'it' || PRIVATE_BODY.test(body) || /['’]s?$/.test(body))) return head;
  return null;
}
/** A lower-case noun of a kind of firm, place of work or work party before a post ("funeral", "resort", "hotel", "crew chief"). */
const NOUN_BODY =
  /^(?:crew|gang|shift|pit|kitchen|yard|depot|workshop|factory|plant|mill|warehouse|kennel|stable|salon|funeral|resort|hotel|garden|museum|gallery|theatre|theater|festival|restaurant|shop|store|club|school|nursery|hospital|care-home|zoo|farm|estate|racing|casting|art|marketing|sales|finance|fund|bank|branch|site|project|studio|label|team)$/;
