/**
 * Which names of a news outlet are its own (build time): an asset's name without its kind ("News
 * agency: Xinhua"), parenthesised acronyms that are not an edition's language, "The" names without
 * "The", and brands whose news is a sideline. Split from outlets.ts, which builds the outlets.
 */
import nlp from 'compromise';
import { aliasKey } from '../alias-key';
import { registrableDomain } from '../domain';
import { addAlias, addWeak, type Draft } from './draft';

export const stripParen = (s: string) => s.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
/** "News agency: Xinhua", "Television: CNC World" → the asset's own name. */
export const assetName = (s: string) => s.replace(/^[A-Z][\w /-]{2,30}:\s*/, '').trim();
export const parenAcronyms = (s: string) =>
  [...s.matchAll(/\(([^)]+)\)/g)].map((m) => (m[1] ?? '').trim()).filter((x) => x.length <= 40 && /^\p{Lu}/u.test(x) && !EDITION.test(x));
/**
 * "People's Daily (Arabic)", "RT (UK edition)", "Voice of America (Voice of America in Russian)": a
 * parenthesis that names an edition's language or market is no name of the outlet — as aliases
 * they made every "Arabic" in a language list a card for People's Daily.
 */
/** Languages that name editions and services, in the sources' spelling; as single words they are everyday words, not names. */
export const LANGUAGE_NAMES: readonly string[] =
  'Arabic Chinese English French German Japanese Korean Russian Spanish Portuguese Italian Turkish Persian Farsi Dari Pashto Urdu Hindi Bengali Ukrainian Serbian Croatian Uzbek Kazakh Tajik Kyrgyz Turkmen Azerbaijani Armenian Georgian Tatar Mandarin Cantonese Tibetan Uyghur Swahili Hausa Amharic Somali'.split(
    ' ',
  );
const EDITION = new RegExp(`(?:^(?:${LANGUAGE_NAMES.join('|')})$|\\bedition$|\\bin\\s+\\p{Lu}\\p{Ll}+$)`, 'u');

/**
 * "The Hindu" without its article: "Washington Post" is still the paper, but one word ("Hindu",
 * "Guardian", "National") is an everyday word or a demonym first — weak, linked as a medium only.
 */
export function theLess(d: Draft, name: string): void {
  if (!/^The\s/.test(name)) return;
  const bare = name.replace(/^The\s+/, '');
  if (/\s/.test(bare)) addAlias(d, bare, 0);
  else addWeak(d, bare);
}

/**
 * A brand whose news is a sideline: the media list's own description does not call it a medium in
 * its first sentence ("Xbox is Microsoft's gaming and entertainment brand", "Yahoo is a web services
 * provider", "SUSE is a … software company"), or calls a longer name the medium ("Google News is a
 * news aggregation service …" under "Google"). Its name stays the card's, but as a weak alias: a
 * mention of the console, the search engine or the company is not one of a news outlet (on wcxb-dev's
 * articles "Google" alone had been linked 428 times, as "Google: news outlet").
 */
export function isBrand(organization: string, description: string | undefined): boolean {
  const first = (description ?? '').split(/(?<=[a-z0-9)])\.\s/)[0] ?? '';
  if (!first) return false;
  if (
    first.startsWith(`${organization} `) &&
    /^\p{Lu}/u.test(first.slice(organization.length + 1)) &&
    !/^(?:is|was)\b/.test(first.slice(organization.length + 1))
  )
    return true;
  return !MEDIUM_WORDS.test(first);
}
const MEDIUM_WORDS =
  /\b(?:newspapers?|news|magazines?|broadcast(?:er|ing)?|publications?|journalism|journalistic|dail(?:y|ies)|weekly|tabloid|wire service|media (?:company|outlet|organi[sz]ation|group|house|network)|websites?|radio|television|tv|periodical|journal|blog|press)\b/i;

const ARTICLE = String.raw`(?:(?:The|La|Le|Les|Der|Die|Das|Het|De|El|Il) |L')`;
/** The description's subject: "Le Point is a magazine …", "Marianne is a weekly …", "Le Monde (…) is …". */
const SUBJECT = new RegExp(
  String.raw`^(${ARTICLE}?[\p{Lu}\d]\S*(?: (?:de |du |des |di |del |of |the )?[\p{Lu}\d]\S*){0,4}?)(?: \([^)]*\))?,? (?:is|was)\b`,
  'u',
);
/** A company's or a group's form: "Groupe Le Monde", "SARL Libération", "Slate.fr SAS", "Al Jazeera Media Network". */
const COMPANY_FORM = /^(?:Groupe?|SARL|SAS)\s|\s(?:SAS|SARL|SRL|GmbH|AG|Ltd|Inc|Group|Groupe|Holdings?|Media Network|Media Group)$/;
const NOT_DISTINCTIVE = new Set([
  'the',
  'la',
  'le',
  'les',
  'l',
  'der',
  'die',
  'das',
  'het',
  'de',
  'du',
  'des',
  'of',
  'el',
  'il',
  'groupe',
  'group',
  'media',
  'network',
  'news',
  'sas',
  'sarl',
  'srl',
  'gmbh',
]);
const letters = (s: string) => aliasKey(s).replace(/ /g, '');
const distinctive = (s: string) =>
  aliasKey(s)
    .split(' ')
    .filter((w) => w && !NOT_DISTINCTIVE.has(w));

/**
 * The media list's `organization` sometimes names the owner, not the outlet: "Artemis" (the
 * Pinault holding; owner "Famille Pinault via Arttemis") for lepoint.fr, "Bayard" for la-croix.com,
 * "CMI France" for marianne.net, "Groupe Le Monde" for lemonde.fr. Such a row's description calls
 * the outlet by its own name ("Le Point is a magazine …"). When the owner field names the
 * organization (or the organization has a company's form), and the description's subject is
 * another name — the name of one of the row's own sites, not a group — the subject is the outlet's
 * name. The organization stays an alias only when it is a company named after that outlet (shares
 * a word with it: "Groupe Le Monde", "SARL Libération"); an owner's own name ("Artemis") is no name
 * of the outlet — as one, "Artemis" (NASA's programme) opened Le Point's card.
 */
export function ownerNamed(row: {
  organization: string;
  owner?: string;
  description?: string;
  domains: readonly string[];
}): { name: string; keepOrganization: boolean; sites: string[] } | undefined {
  const organization = stripParen(row.organization);
  const subject = SUBJECT.exec(row.description ?? '')?.[1];
  if (!subject || COMPANY_FORM.test(subject) || /\bgroup\b/i.test(subject)) return undefined;
  const bare = subject.replace(new RegExp(`^${ARTICLE}`), '');
  if ([subject, bare].some((s) => letters(s) === letters(organization)) || parenAcronyms(row.organization).includes(subject)) return undefined;
  const squeeze = (s: string) => letters(s).replace(/(.)\1+/g, '$1');
  if (!squeeze(row.owner ?? '').includes(squeeze(organization)) && !COMPANY_FORM.test(organization)) return undefined;
  // The flagship's own sites: a group's other titles (Groupe Le Monde's telerama.fr, nouvelobs.com, huffingtonpost.fr) are not
  // the flagship, so a page there must not be told it is Le Monde's; the source names none of them, so they get no card.
  const labelOf = (domain: string) => letters(registrableDomain(domain).split('.')[0] ?? '');
  const near = (label: string, name: string) => label === name || (label.length >= 4 && name.startsWith(label)) || (name.length >= 4 && label.startsWith(name));
  const matched = row.domains.filter((domain) => [subject, bare].some((s) => near(labelOf(domain), letters(s))));
  if (!matched.length) return undefined;
  // (The bare name only as the whole label: "Monde" does not make monde-diplomatique.fr Le Monde's.)
  const strict = matched.filter((domain) => near(labelOf(domain), letters(subject)) || labelOf(domain) === letters(bare));
  const sites = strict.length ? strict : matched;
  const shared = distinctive(organization).some((w) => distinctive(subject).includes(w));
  return { name: subject, keepOrganization: shared, sites };
}

/** compromise's lexicon: a word it knows as a given name or a surname. */
const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const isPersonName = (key: string) => /FirstName|LastName|MaleName|FemaleName/.test(String(lexicon[key] ?? ''));

/**
 * An outlet called by one word that is a person's name — one compromise's lexicon knows as a given
 * name or a surname ("Watson", "Marianne", "Svoboda", "Domingo") — links only where the article uses
 * it as a medium's (weak, like an everyday word's; lib/entities/outlet-context.ts): "Elementary, my
 * dear Watson" had opened watson.ch's card. The name stays the card's. Acronyms keep their own rule.
 */
export function personNamedOutlets(drafts: readonly Draft[]): void {
  for (const d of drafts)
    for (const key of [...d.alias.keys()])
      if (!key.includes(' ') && !d.capitals.get(key) && isPersonName(key)) {
        d.alias.delete(key);
        addWeak(d, key);
      }
}

/** Two to four letters and digits, a digit among them: "L1", "TV2", "B92", "36Kr". */
const CODE = /^(?=[^\d]*\d)[\p{L}\d]{2,4}$/u;

/**
 * An outlet called by a short code of letters and digits ("L1", "TV2", "TV4", "B92") shares it with
 * cache levels, motorways, visas, Lagrange points and other countries' channels ("TV4" is Sweden's
 * as much as Turkey's): a weak alias, linked only where the article uses it as a medium's
 * (lib/entities/outlet-context.ts). Assembly code's ".L1" label had opened L1 Limburg's card.
 */
export function codeNamedOutlets(drafts: readonly Draft[]): void {
  for (const d of drafts)
    for (const [key, { surface }] of [...d.alias])
      if (CODE.test(surface)) {
        d.alias.delete(key);
        addWeak(d, surface);
      }
}

/** Words that make a name a medium's own ("Financial Times", "Business Insider", "New Scientist"), beyond the description's MEDIUM_WORDS. */
const NAME_MEDIUM =
  /\b(?:times|post|herald|tribune|observer|monitor|mirror|gazette|chronicle|express|star|sun|fm|channel|agency|network|broadcast\w*|publishing|review|report|insider|scientist|economist|magazine)\b/i;
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'a']);
/** An English word of three letters or more, not an acronym ("RT"), not a foreign article ("Le", "Il") nor a domain's part ("Slate.fr"). */
const everydayWord = (w: string, isCommonWord: (key: string) => boolean) => /^[A-Za-z]{3,}$/.test(w) && w !== w.toUpperCase() && isCommonWord(w.toLowerCase());

/**
 * An outlet's name of two or more words that is an everyday phrase — every word an everyday English
 * word, no word a medium's — reads as the phrase first ("Rest of World" in "agencies in the US and
 * Rest of World", "Do You Have a New Vision for Your Current Home?" in a Title Case heading): a weak
 * alias, linked only where the article uses it as a medium's (lib/entities/outlet-context.ts), like an
 * outlet's one-word everyday name. A form with its own capitalised "The" ("The New Vision") stays.
 */
export function phraseNamedOutlets(drafts: Draft[], isCommonWord: (key: string) => boolean): Draft[] {
  for (const d of drafts) {
    if (d.type !== 'outlet') continue;
    for (const [key, { surface }] of [...d.alias]) {
      const words = surface.split(' ');
      if (words.length < 2 || /^The\s/.test(surface) || MEDIUM_WORDS.test(surface) || NAME_MEDIUM.test(surface)) continue;
      if (!words.every((w) => FUNCTION_WORDS.has(w.toLowerCase()) || everydayWord(w, isCommonWord))) continue;
      d.alias.delete(key);
      addWeak(d, surface);
    }
  }
  return drafts;
}
