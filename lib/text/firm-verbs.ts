/**
 * What a firm does, said as its verb ("Acme launched …", "the start-up raised $5m", "Canva unveiled …") — one list for the rules
 * on both ends (issue 18): built-org-doubt.ts reads these after a name as a body's evidence (a doubted organisation keeps its
 * card), built-person-doubt.ts as a firm's act that doubts a one-word person card. Each adds the verbs only its own end needs.
 */

/** A firm's acts in the past tense. */
export const FIRM_ACTS_PAST: readonly string[] = ['announced', 'launched', 'acquired', 'unveiled', 'released', 'raised', 'partnered'];
/** The same acts in the present's third person ("launches", "partners"). */
export const FIRM_ACTS_PRESENT: readonly string[] = ['announces', 'launches', 'acquires', 'unveils', 'releases', 'raises', 'partners'];
