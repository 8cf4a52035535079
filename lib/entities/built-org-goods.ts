/**
 * An article-built "organisation" whose name ends in a kind of goods that the article itself writes as a common noun (issue 18;
 * the built-organisation audits, tests/fixtures/links-judged-2026-12-07-s31.json and -s33.json: "Fellow Clara French Press at
 * Amazon $100", "Espro P7 French Press", "Orbi Mesh WiFi Systems"). Heads that goods and bodies share ("… Press", "… Systems",
 * "… Watch", "… Network") make a body's name only where the article never uses the compound as a noun: a reader who has read
 * "the best French press for you", "a bench press", "mesh WiFi systems" or "a neural network" takes "Mueller French Press",
 * "Plate Loaded Leg Press", "Orbi Mesh WiFi Systems", "Generative Adversarial Network" for one of those things — a product, a model,
 * a technique — not for a publisher, a maker or a network of bodies ("Timber Press", "Deep Space Systems", "Allegheny Health
 * Network": no article writes "timber press" or "space systems" of them in lower case). Asked with built-org-doubt.ts's
 * evidence: a mention that gives a body's acts ("… Systems announced", "…, Inc.") keeps the card.
 */
export function goodsOfAKind(text: string, name: string): boolean {
  const sp = name.lastIndexOf(' ');
  if (sp < 1) return false;
  const head = name.slice(sp + 1).toLowerCase();
  if (!SHARED_HEADS.has(head)) return false; // (cheap: a Set test first)
  const prev = name.slice(name.lastIndexOf(' ', sp - 1) + 1, sp);
  if (!/^\p{L}[\p{L}-]*$/u.test(prev)) return false;
  // The compound with its head in lower case, its first word as the name writes it ("French press", "WiFi systems") or in lower case.
  return writtenAsNoun(text, `${prev} ${head}`) || writtenAsNoun(text, `${prev.toLowerCase()} ${head}`);
}

/**
 * Heads of bodies' names that goods, devices, software and techniques take as often: a publisher's or a coffee press, a firm's
 * or an operating system, a watchdog or a smart watch, a broadcaster or a neural network. (Not "Company", "Group", "School",
 * "Bank": "a moving company", "a food bank" name the kind of the body that the name is one of.)
 */
const SHARED_HEADS: ReadonlySet<string> = new Set(['press', 'presses', 'system', 'systems', 'watch', 'network', 'networks']);

/** `phrase` in the text as written, between non-letters ("a French press,", not "French pressure"). */
function writtenAsNoun(text: string, phrase: string): boolean {
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    const before = i > 0 ? text[i - 1]! : ' ';
    const after = text[i + phrase.length] ?? ' ';
    if (!/\p{L}/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
