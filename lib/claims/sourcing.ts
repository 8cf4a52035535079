import type { DatasetEntity, EntityResult, QuoteResult, Span } from '../types';
import { candidateStarts, matchesOf, type Prefiltered } from './prefilter';
import { ATTRIBUTION_VERBS, inflect, REPORTING_VERBS, speechForms } from '../text/speech-verbs';
import { STATE_CONTROLLED } from '../entities/outlet-context';

/**
 * Who a claim rests on: an unnamed person ("a U.S. official told reporters") or state-affiliated
 * media ("according to Xinhua", "Russian state media reports"). Both are found by the words around
 * a reporting verb, so they also work while the quotes module finds nothing.
 */
export interface SourceCue extends Span {
  kind: 'anonymous' | 'state-media';
  reason: string;
  /** The span the claim should cover at least (the quote, for quotes found by lib/quotes). */
  claim?: Span;
}

/** Reporting verbs, every form (lib/text/speech-verbs.ts), and "according". */
const SAY_FORMS = [...speechForms(ATTRIBUTION_VERBS), ...REPORTING_VERBS.flatMap(inflect)];
const SAY = `(?:${SAY_FORMS.join('|')}|according)`;

/** Every SAY word, as the prefixes ./prefilter.ts looks for (a word is its own prefix). */
const SAY_STARTS = [...SAY_FORMS, 'according'];

/** Nouns for people and groups who speak without being named. */
const UNNAMED =
  '(?:officials?|sources?|diplomats?|aides?|insiders?|advis[eo]rs?|staffers?|(?:people|persons?|individuals?|someone)\\s+(?:familiar\\s+with|close\\s+to|briefed\\s+on|with\\s+(?:direct\\s+)?knowledge\\s+of)\\s+[^,.;]{3,60}?)';

/** The first words of UNNAMED (anchors for ./prefilter.ts: every match contains one). */
const UNNAMED_WORD = /official|source|diplomat|aide|insider|advis[eo]r|staffer|people|person|individual|someone/giu;
/** The same as word beginnings: UNNAMED opens a word (after a space). */
const UNNAMED_STARTS = ['official', 'source', 'diplomat', 'aide', 'insider', 'advisor', 'adviser', 'staffer', 'people', 'person', 'individual', 'someone'];

/** Up to four modifiers: "senior U.S. intelligence", "Western", "administration". */
const MODS = "(?:(?:\\p{Lu}\\.(?:\\p{Lu}\\.)+|[\\p{L}'\u2019-]+)\\s+){0,4}?"; // "U.S." keeps its full stops, no sentence end does

const DET = '(?:an?|one|two|three|four|several|multiple|some|other|the|three|unnamed|anonymous)';

/**
 * One expert or executive the writer does not name ("one legal expert", "a senior executive"):
 * only alone, as "experts say" is a vague group (a hedge, ./cues.ts) and "the CEO" is someone named.
 */
const LONE = '(?:an?|one|another)';
const LONE_SOURCE = '(?:expert|executive|CEO)';
const LONE_WORD = /expert|executive|CEO/giu;
const LONE_STARTS = ['expert', 'executive', 'ceo'];

/**
 * A speaker who would not be named ("who did not wish to be named", "refused to be identified"):
 * the phrase ends there ("…named, said", "…named because of agency policy"), not "wished to be
 * named chair".
 */
const UNWILLING = `(?:(?:did\\s+not|didn['\u2019]t)\\s+(?:wish|want)|declined|refused)\\s+to\\s+be\\s+(?:named|identified)(?=\\s*[,.;:)\u2014\u2013]|\\s+(?:because|as|in|by|and|for|due|since|while|when|${SAY})\\b)`;

// `starts`: first words of every match, for ./prefilter.ts (none: the match may start elsewhere).
export const ANON_RES: (Prefiltered & { re: RegExp })[] = [
  // "a U.S. official told reporters", "two senior officials said", "the official added"
  {
    re: new RegExp(
      `\\b${DET}\\s+${MODS}${UNNAMED}(?:,\\s+(?:who|speaking)\\b[^,]{0,100},)?\\s+(?:(?:also|later|previously|privately|have|has|had)\\s+)?${SAY}\\b`,
      'giu',
    ),
    anchor: { re: UNNAMED_WORD, groups: 5, words: UNNAMED_STARTS },
  },
  // ", said a senior official"
  { re: new RegExp(`\\b${SAY}\\s+${DET}\\s+${MODS}${UNNAMED}\\b`, 'giu'), starts: SAY_STARTS },
  // "according to a source close to …", "sources say"
  { re: new RegExp(`\\baccording\\s+to\\s+(?:${DET}\\s+)?${MODS}${UNNAMED}\\b`, 'giu'), starts: ['according'] },
  {
    re: new RegExp(`(?:^|[.,;:]\\s+|\\b(?:and|but|that)\\s+)(?:${MODS})sources\\s+(?:have\\s+)?${SAY}\\b`, 'gimu'),
    anchor: { re: /sources/giu, groups: 5, words: ['sources'] },
  },
  // "said one legal expert", "as one bank CEO told me": a single unnamed expert or executive.
  { re: new RegExp(`\\b${SAY}\\s+${LONE}\\s+${MODS}${LONE_SOURCE}\\b`, 'giu'), anchor: { re: LONE_WORD, groups: 6, words: LONE_STARTS } },
  {
    re: new RegExp(
      `\\b${LONE}\\s+${MODS}${LONE_SOURCE}(?:,\\s+(?:who|speaking)\\b[^,]{0,100},)?\\s+(?:(?:also|later|previously|privately|has|had)\\s+)?${SAY}\\b`,
      'giu',
    ),
    anchor: { re: LONE_WORD, groups: 6, words: LONE_STARTS },
  },
  {
    re: new RegExp(
      `\\b(?:on\\s+(?:the\\s+)?condition\\s+(?:of|that\\s+(?:he|she|they)\\s+not\\s+be\\s+(?:named|identified))\\s*(?:anonymity)?|(?:requested|asked\\s+for|granted)\\s+anonymity|speaking\\s+anonymously|(?:declined|asked|requested)\\s+not\\s+to\\s+be\\s+(?:named|identified)|${UNWILLING}|(?:was|were)\\s+not\\s+authori[sz]ed\\s+to\\s+(?:speak|discuss|comment))\\b`,
      'giu',
    ),
    starts: ['on', 'request', 'ask', 'grant', 'speaking', 'declin', 'refus', 'did', 'was', 'were'],
  },
];

/** "state media", "state-run TV", "the state news agency", "government-controlled newspaper". */
const STATE_PHRASE =
  '(?:(?:[\\p{Lu}][\\p{L}-]+\\s+)?(?:[Ss]tate|[Ss]tate-run|[Ss]tate-owned|[Ss]tate-controlled|[Ss]tate-backed|[Ss]tate-affiliated|[Gg]overnment-run|[Gg]overnment-controlled|[Gg]overnment-owned|Kremlin-controlled|Kremlin-backed|[Oo]fficial)\\s+(?:media|TV|television|news\\s+agency|news\\s+agencies|broadcaster|outlets?|newspapers?|press|radio|wire|channels?))';

export /** The words STATE_PHRASE hinges on, with its case rules (anchors for ./prefilter.ts). */
const STATE_WORD = /[Ss]tate|[Gg]overnment-|Kremlin-|[Oo]fficial/gu;

export const STATE_RES: (Prefiltered & { re: RegExp })[] = [
  {
    re: new RegExp(`\\b${STATE_PHRASE}(?:\\s+\\p{Lu}[\\p{L}]+)?(?:,\\s+[^,]{0,60},)?\\s+(?:has\\s+|have\\s+|also\\s+)?${SAY}\\b`, 'gu'),
    anchor: { re: STATE_WORD, groups: 1, words: ['state', 'government', 'kremlin', 'official'] },
  },
  {
    re: new RegExp(
      `\\b(?:according\\s+to|citing|cited\\s+by|quoted\\s+by|quoting|reported\\s+by|aired\\s+(?:by|on)|broadcast\\s+(?:by|on)|shown\\s+on)\\s+(?:the\\s+)?${STATE_PHRASE}`,
      'gu',
    ),
    starts: ['according', 'cit', 'quot', 'reported', 'aired', 'broadcast', 'shown'],
  },
];

// Compiled once (not per match). WHO_EDGES is global for replace() only (which resets it).
const WHO_EDGES = new RegExp(`^[.,;:\\s]+|\\s+${SAY}\\s*$`, 'giu');
const WHO_LEAD = new RegExp(`^(?:according\\s+to|${SAY})\\s+`, 'iu');
const STATE_PHRASE_RE = new RegExp(STATE_PHRASE, 'u');

/** Person-words that make a speaker an unnamed source rather than a description ("protesters", "the president"). */
const SOURCE_GROUP = /\b(?:officials?|sources?|diplomats?|aides?|insiders?|advis[eo]rs?|staffers?|persons?|individuals?|someone|familiar|knowledge)\b/i;

/**
 * Officials of a body the text names speak for it on the record ("Berrien County Health
 * Department officials", "police officials"), unlike "a U.S. official" or "administration officials".
 */
const ON_RECORD_BODY =
  /\b(?:department|police|office|agency|bureau|county|city|ministry|commission|court|district|hospital|school|university|company|council|authority|service|committee|prosecutors?)\b/i;

/**
 * A speaker phrase that is itself a clause ("Substack is a rich source"): a copula before the
 * source noun makes it a description of something, not a person who spoke.
 */
const CLAUSE_NOT_SOURCE = /\b(?:is|are|was|were|be|been)\b.*\b(?:officials?|sources?|diplomats?|aides?|insiders?|advis[eo]rs?|staffers?)\b/i;

/** "Any financial advisor will tell you", "open source": a generic person or a word, not a hidden source. */
const GENERIC = /^(?:any|every|each|no)\b|\bopen[- ]source\b/i;

/**
 * The unnamed-sounding speaker is named right after it, in apposition: "said another witness,
 * former White House adviser Fiona Hill", "said Clinton's communications director, Jennifer
 * Palmieri". Two capitalised words close the appositive.
 */
const NAMED_APPOSITIVE = /^,\s+(?:[^,.;:!?\n]{0,60}\s)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+\s*(?:[,.;:!?\n]|$)/u;
/** NAMED_APPOSITIVE's reach: its 60-character description and a two-word name. */
const APPOSITIVE_CHARS = 100;
const namedAfter = (text: string, end: number) => NAMED_APPOSITIVE.test(text.slice(end, end + APPOSITIVE_CHARS));

/** Longest source phrase quoted in a reason ("senior U.S. intelligence officials familiar with …"). */
const MAX_SOURCE_CHARS = 60;

function clip(s: string, max = MAX_SOURCE_CHARS): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/** Unnamed sources, from lib/quotes' speakers and from the text itself. */
export function findAnonymousSources(text: string, quotes: QuoteResult[]): SourceCue[] {
  const out: SourceCue[] = [];
  for (const q of quotes) {
    const sp = q.speaker;
    if (!sp || !sp.anonymous) continue;
    // "the president", "protesters", "the 63-year-old": a description, not a hidden source.
    if (!SOURCE_GROUP.test(sp.name) || ON_RECORD_BODY.test(sp.name) || GENERIC.test(sp.name) || CLAUSE_NOT_SOURCE.test(sp.name)) continue;
    if (sp.end != null && namedAfter(text, sp.end)) continue;
    const parts: Span[] = [q];
    if (q.cue) parts.push(q.cue);
    if (sp.start != null && sp.end != null) parts.push({ start: sp.start, end: sp.end });
    const start = Math.min(...parts.map((p) => p.start));
    const end = Math.max(...parts.map((p) => p.end));
    out.push({ kind: 'anonymous', start, end, reason: `Only source is unnamed: "${clip(sp.name)}"`, claim: { start, end } });
  }
  const starts = candidateStarts(text, ANON_RES);
  for (let r = 0; r < ANON_RES.length; r++) {
    for (const m of matchesOf(ANON_RES[r]!.re, text, starts[r]!)) {
      const lead = Math.max(0, m[0].search(/[^\s.,;:]/));
      const who = m[0].replace(WHO_EDGES, '').replace(WHO_LEAD, '');
      if (ON_RECORD_BODY.test(who) || namedAfter(text, m.index + m[0].length)) continue;
      out.push({
        kind: 'anonymous',
        start: m.index + lead,
        end: m.index + m[0].length,
        reason: `Only source is unnamed: "${clip(who)}"`,
      });
    }
  }
  return out;
}

/** Claims sourced to state media: a general phrase, or an outlet the dataset labels. */
export function findStateMediaSources(text: string, entities: EntityResult[], records: Map<string, DatasetEntity>): SourceCue[] {
  const out: SourceCue[] = [];
  const starts = candidateStarts(text, STATE_RES);
  for (let r = 0; r < STATE_RES.length; r++) {
    for (const m of matchesOf(STATE_RES[r]!.re, text, starts[r]!)) {
      const phrase = STATE_PHRASE_RE.exec(m[0]);
      out.push({
        kind: 'state-media',
        start: m.index,
        end: m.index + m[0].length,
        reason: `Sourced to state-affiliated media: "${clip(phrase ? phrase[0] : m[0])}"`,
      });
    }
  }
  for (const e of entities) {
    if (e.type !== 'outlet' || !e.id) continue;
    const rec = records.get(e.id);
    // Only labels that say the state controls what the outlet says: "independent public media"
    // (the BBC) or a bare "State Funded Media" is not a reason to doubt a report.
    const label = rec?.stateLabels?.find((l) => l.code && STATE_CONTROLLED.has(l.code));
    if (!label) continue;
    const by = label.source;
    for (const mention of e.mentions) {
      if (!isSourcedTo(text, mention)) continue;
      out.push({
        kind: 'state-media',
        start: mention.start,
        end: mention.end,
        reason: `Sourced to ${label.label}: "${clip(text.slice(mention.start, mention.end))}" (labelled by ${by})`,
      });
    }
  }
  return out;
}

const BEFORE_OUTLET =
  /\b(?:according\s+to|citing|cited\s+by|quoted\s+by|quoting|reported\s+by|aired\s+(?:by|on)|published\s+by|via)\s+(?:the\s+)?(?:state(?:-run|-owned)?\s+)?(?:news\s+agency\s+|broadcaster\s+|TV\s+channel\s+)?$/iu;
const AFTER_OUTLET = new RegExp(
  `^(?:'s?|\u2019s?)?(?:\\s+(?:news\\s+agency|TV|television|channel|newspaper|reporter|correspondent))?(?:,\\s+[^,]{0,60},)?\\s+(?:has\\s+|have\\s+|also\\s+)?${SAY}\\b`,
  'iu',
);

/**
 * How much text around an outlet's mention BEFORE_OUTLET and AFTER_OUTLET read: the longest lead
 * ("according to the state news agency ", 36 characters) and the longest tail (", its Moscow
 * correspondent, reported", an appositive of up to 60 characters and the verb) with room to spare.
 */
const BEFORE_OUTLET_CHARS = 50;
const AFTER_OUTLET_CHARS = 80;

/** Is the outlet mention the source of what is said around it ("according to X", "X reported")? */
function isSourcedTo(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - BEFORE_OUTLET_CHARS), m.start);
  const after = text.slice(m.end, m.end + AFTER_OUTLET_CHARS);
  return BEFORE_OUTLET.test(before) || AFTER_OUTLET.test(after);
}
