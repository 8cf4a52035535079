import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file below `dir` whose name matches `ext`, depth first. */
export function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, ext));
    else if (ext.test(name)) out.push(p);
  }
  return out;
}
