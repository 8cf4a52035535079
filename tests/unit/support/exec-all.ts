/** Every match of `re` in `text` by the plain `exec` loop, [index, text]: what the prefilter's answers are checked against. */
export function execAll(re: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([m.index, m[0]]);
  return out;
}
