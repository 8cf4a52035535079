/**
 * Verbs a sports report uses of one side over another, kept once for the rules that read a fixture around a name
 * (us-state-context.ts: a college side named by its state; national-sides.ts: a national side named by its country).
 * Each is a regular-expression alternation to place inside a group; the rules add their own words around them.
 */

/** "beat", "swept", "upset" …: a side over another, as American college reports write it. */
export const WIN_VERBS = 'beat|beats|defeated|defeats|edged|routed|swept|stunned|topped|blanked|downed|outlasted|upset';

/** A match's result of one side and another, in the past or the present (named-after.ts: a club named like its town; kind-again.ts: a side named after its state). */
export const MATCH_VERBS =
  'beat|beats|defeated|thrashed|edged|hammered|drew|draw|lost|lose|won|win|overcame|held|trail|trailed|led|lead|swept|routed|crushed|stunned';

/** "edge", "stun", "thrash" … in every tense: the headline verbs of a result (not "beat", which country-evidence.ts reads). */
export const RESULT_VERBS =
  'edge|edges|edged|stun|stuns|stunned|thrash|thrashes|thrashed|rout|routs|routed|down|downs|downed|overpower|overpowers|overpowered|outclass|outclasses|outclassed';
