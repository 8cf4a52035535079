/*
 * "The Georgia Bulldogs climbed to third … after a 31-10 win in Athens", "the Ohio State Buckeyes", "the Carolina Panthers' game in
 * Charlotte": American sport names a college's or a club's side by its state and a nickname in the plural, after "the". The side sets
 * its sentence in the United States as plainly as the state's own name would (sentence-region.ts reads the town named after it as the
 * American namesake), though the linker takes no state from the side's name ("Georgia" in it is no mention of a place). A firm or a
 * person has no "the" before it ("Texas Instruments", "Indiana Jones"); a country's side is called by its bare name ("Georgia beat
 * Romania"), so a state's name that is also a country's counts here too.
 * So does a state's name as a noun's attribute after "a" — a resident, a court or a local body: "A Georgia jury convicted the former
 * county clerk of embezzling … from the city of Athens", "a Texas man … in Paris". A country is called so by its adjective ("a
 * Georgian court", "a Greek man"); a state has none but its name.
 * Cost: asked only of a town with a US namesake after a preposition of place; one or two scans of the sentence before it.
 */

/** "the", a run of one to five capitalised words, the last a plural ending the run (not a possessive's start: "the Texas Rangers' …" is fine). */
const SIDE = /\b[Tt]he ((?:\p{Lu}[\p{Ll}.]*\s){1,4})(\p{Lu}\p{Ll}+[^\Ws]?s)\b(?![\s-]\p{Lu})/gu;

/** "a"/"an", one or two capitalised words, and a noun of a state's people, courts or local bodies. */
const RESIDENT =
  /\b[Aa]n? (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (?:jury|judge|court|county|sheriff|prosecutor|lawmaker|legislator|man|woman|teen|teenager|boy|girl|couple|family|mother|father|resident|voter|farmer|town|city|school|hospital)\b/gu;

/**
 * The US state (its lower-case name, a key of `usStates`) whose side or resident stands in text[from, to), or null. Its name there is
 * the state's, not a country's of that name ("Georgia").
 */
export function stateSideBefore(text: string, from: number, to: number, usStates: ReadonlySet<string>): string | null {
  if (to - from < 12) return null;
  const slice = text.slice(from, to);
  if (!slice.includes('he ') && !slice.includes('a ') && !slice.includes('A ')) return null;
  for (const m of slice.matchAll(SIDE)) {
    const words = m[1]!.trim().toLowerCase().split(/\s+/);
    // The state's name opens the run: "Georgia", "New York", "North Carolina" (the words after it are the college's: "Ohio State").
    if (usStates.has(words[0]!)) return words[0]!;
    if (words.length > 1 && usStates.has(`${words[0]} ${words[1]}`)) return `${words[0]} ${words[1]}`;
  }
  for (const m of slice.matchAll(RESIDENT)) if (usStates.has(m[1]!.toLowerCase())) return m[1]!.toLowerCase();
  return null;
}
