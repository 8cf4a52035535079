/**
 * The linker's reason for a card (EntityResult.why), as a reader reads it under "Why this card" in the
 * popup: the name finder's terse reasons spelled out, the "article-built:" prefix dropped (the popup says
 * "From this article" already) and examples in brackets left to the code's comments.
 */
const SPELLED: Record<string, string> = {
  name: 'its name, which one entity in the dataset carries',
  'full name': 'its full name, which one entity in the dataset carries',
  'title + surname': 'a title and a surname that fit one person in the dataset',
};

export function whyLine(why: string | undefined): string | null {
  if (!why) return null;
  const plain = why
    .replace(/^article-built:\s*/, '')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .trim();
  if (!plain) return null;
  const line = SPELLED[plain] ?? plain;
  return line.charAt(0).toUpperCase() + line.slice(1);
}
