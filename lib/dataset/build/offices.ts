/**
 * Stable office keys, so that sources that name one office differently ("Minister of Foreign
 * Affairs", "Foreign Minister", "Secretary of State for Foreign, Commonwealth and Development
 * Affairs") meet in one key: "hos:country:us", "hog:country:uk", "minister:foreign-affairs:country:fr",
 * "central-bank:country:rs". Only spelling rules here: no office holder is named.
 */
import { slug } from './draft';

export type OfficeKind = 'hos' | 'hog' | 'vp' | 'deputy-pm' | 'minister' | 'central-bank' | 'other';

export interface Office {
  key: string;
  kind: OfficeKind;
  /** Offices with one holder at a time; deputy PMs, ministers of state, speakers of regions... may share. */
  single: boolean;
}

const HOS =
  /^(?:(?:federal |state )?president(?: of the republic)?|king|queen|monarch|emir|amir|sultan|emperor|grand duke|reigning prince|prince|head of state|chairman of the presidency|chair of the presidency|yang di-pertuan agong|president of the state affairs commission|state affairs commission president|sovereign)$/i;
const HOG =
  /^(?:prime minister|premier|(?:federal )?chancellor|taoiseach|head of government|president of the government|chairman of the council of ministers|chair of the council of ministers|president of the council of ministers|premier of the state council|chief executive)$/i;

/** Portfolios by keyword, first match wins. */
const PORTFOLIOS: [RegExp, string][] = [
  [/\b(?:foreign|external affairs|international relations|foreign affairs)\b/i, 'foreign-affairs'],
  [/\bdefen[cs]e\b|armed forces|\b(?:minister|secretary) (?:of|for) war$/i, 'defence'],
  [/\b(?:finances?|treasury|exchequer)\b/i, 'finance'],
  [/\b(?:interior|internal affairs|home affairs|home department|homeland security)\b|^home secretary$/i, 'interior'],
  [/\bjustice\b/i, 'justice'],
  [/\bhealth\b/i, 'health'],
  [/^(?:minister|secretary) (?:of|for) (?:the )?econom(?:y|ic affairs)$/i, 'economy'],
];

/** A junior post of a portfolio, named by its rank (see officeOf). */
const JUNIOR =
  /\b(?:delegate|state secretary|secretary to the treasury|state minister|associate minister|minister in the ministry|secretary of state (?:to|in charge))\b/i;
/** A portfolio's word as the first word of another portfolio's name. */
const OTHER_PORTFOLIO = /\bforeign trade\b|\bdefen[cs]e (?:industry|industries|production|materiel|equipment|procurement|science)\b|\bsocial justice\b/gi;

/** "Minister of Foreign Affairs of Belarus" → "Minister of Foreign Affairs" (the jurisdiction is kept apart). */
export function stripJurisdiction(label: string, jurisdictionNames: string[]): string {
  let out = label.trim();
  for (const n of jurisdictionNames) {
    if (!n) continue;
    const re = new RegExp(`\\s+(?:of|for)\\s+(?:the\\s+)?${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
    out = out.replace(re, '');
  }
  return out;
}

/**
 * The office a position label stands for in a jurisdiction. `label` should have the jurisdiction's
 * name removed already (see `stripJurisdiction`).
 */
export function officeOf(label: string, jurisdictionId: string): Office {
  const l = label.trim().replace(/\s+/g, ' ');
  if (/^supreme leader$/i.test(l)) return { key: `leader:${jurisdictionId}`, kind: 'hos', single: true };
  if (HOS.test(l)) return { key: `hos:${jurisdictionId}`, kind: 'hos', single: true };
  if (HOG.test(l)) return { key: `hog:${jurisdictionId}`, kind: 'hog', single: true };
  if (/^(?:first )?vice[- ]president$/i.test(l)) return { key: `vp:${jurisdictionId}`, kind: 'vp', single: !/^first/i.test(l) };
  if (/deputy prime minister|vice[- ]premier|deputy premier/i.test(l)) return { key: `deputy-pm:${jurisdictionId}`, kind: 'deputy-pm', single: false };
  if (
    /^(?:governor|president|chair(?:man|person)?)\b.*(?:\b(?:central|national|reserve|state|people's) bank\b|\bfederal reserve\b)|^governor of the bank\b/i.test(
      l,
    )
  )
    return { key: `central-bank:${jurisdictionId}`, kind: 'central-bank', single: true };
  // A treasurer is the finance minister where the office has that name (Australia).
  if (/^(?:federal )?treasurer$/i.test(l)) return { key: `minister:finance:${jurisdictionId}`, kind: 'minister', single: true };
  if (/\b(?:press secretary|spokes(?:person|man|woman))\b/i.test(l) && !/\bminister\b/i.test(l))
    return { key: `office:${slug(l)}:${jurisdictionId}`, kind: 'other', single: false };
  // A post named before "of the minister" ("Head of the Minister of Defence's military cabinet") is on a minister's staff.
  const ministerial =
    /\b(?:minister|secretary)\b/i.test(l) &&
    !/^(?!minister|secretary).*\bof the (?:\w+ )?minister\b/i.test(l) &&
    !/\b(?:deputy|vice|assistant|under|parliamentary|junior|permanent|shadow|without portfolio|general|chief secretary)\b|\bminister of state\b/i.test(l);
  // "Secretary of State" alone heads the foreign ministry in the United States; elsewhere (Belgium, Spain,
  // France, Portugal) it is a junior rank under a minister, its portfolio unnamed.
  if (/^secretary of state$/i.test(l) && jurisdictionId === 'country:us')
    return { key: `minister:foreign-affairs:${jurisdictionId}`, kind: 'minister', single: true };
  if (ministerial) {
    // A junior post of a portfolio (a minister delegate, a state secretary, the Treasury's economic,
    // financial or commercial secretary, a state or associate minister, a minister in a ministry, a
    // secretary of state to a minister) is its own office: its holder is no successor of the
    // minister's, nor the minister of the junior's ("Rachel Reeves holds the office" of an Economic
    // Secretary to the Treasury), and the minister's earlier terms are no terms of the junior post.
    const junior = JUNIOR.test(l) ? `${slug(l)}:` : '';
    // A portfolio's word that names another portfolio with the next word ("Foreign Trade", "Defence
    // Industry", "Social Justice") is not that portfolio; it still is where it also stands alone
    // ("Minister of Foreign Affairs and Foreign Trade").
    // Such a post is its own office, filed under the portfolio its name starts from (a defence materiel
    // minister is no defence minister, nor a successor of one).
    const own = l.replace(OTHER_PORTFOLIO, ' ');
    for (const [re, portfolio] of PORTFOLIOS)
      if (re.test(own)) return { key: `minister:${portfolio}:${junior}${jurisdictionId}`, kind: 'minister', single: true };
    for (const [re, portfolio] of PORTFOLIOS)
      if (re.test(l)) return { key: `minister:${portfolio}:${slug(l)}:${jurisdictionId}`, kind: 'minister', single: true };
    const rest = l.replace(/^(?:the\s+)?(?:federal\s+|state\s+|cabinet\s+)?(?:minister|secretary)\s+(?:of\s+state\s+for|of|for)\s+(?:the\s+)?/i, '');
    return { key: `minister:${slug(rest)}:${jurisdictionId}`, kind: 'minister', single: true };
  }
  return { key: `office:${slug(l)}:${jurisdictionId}`, kind: 'other', single: false };
}

/** Two offices one person cannot hold at once (head of government of two states, foreign minister of two...). */
export function exclusive(a: string, b: string): boolean {
  if (a === b) return false;
  const [ka, ...ra] = a.split(':');
  const [kb, ...rb] = b.split(':');
  const ja = jurisdictionOf(a);
  const jb = jurisdictionOf(b);
  if (ja === jb) {
    // Same state: head of state and of government may be one person (presidential systems); two
    // portfolios may be held together; head of government and a minister too.
    return false;
  }
  const top = new Set(['hog', 'minister', 'vp', 'central-bank']);
  return top.has(ka ?? '') && top.has(kb ?? '') && ra.length > 0 && rb.length > 0;
}

/** "minister:foreign-affairs:country:fr" → "country:fr". */
export function jurisdictionOf(office: string): string {
  const m = /((?:country|org|place):[^:]+)$/.exec(office);
  return m?.[1] ?? office;
}
