/**
 * A reigning monarch by title and regnal name, as news writes one: "King Abdullah II", "King Charles", "Queen Margrethe".
 * The sources name the monarch by regnal name and number, some with the realm ("Abdullah II of Jordan", "Charles III"); the
 * press adds the title and often drops the number. Made from the person's own name and current role only:
 *  - "<Name> <Number>" where the source added the realm ("Abdullah II" of "Abdullah II of Jordan");
 *  - "<Title> <Name> <Number>" ("King Abdullah II");
 *  - "<Title> <Name>" ("King Charles"), only where no other reigning monarch in the dataset takes the same title and name.
 * Only for a current head of state whose role's title is a monarch's (King, Queen, Emperor, Empress, Sultan, Emir, Grand
 * Duke) and whose name is a regnal name with a Roman number: a former monarch ("Albert II of Belgium") gains nothing, and
 * neither does a president whose name ends in a generational suffix ("Benigno Aquino III": his role is no monarch's).
 */
import type { Draft } from './draft';
import { addAlias } from './draft';
import { aliasKey } from '../alias-key';

const MONARCH = /^(?:King|Queen|Emperor|Empress|Sultan|Emir|Grand Duke|Grand Duchess)$/;
/** A regnal name and number, the realm after it or not (group 1: the name, 2: the number). */
const REGNAL = /^(\p{Lu}[\p{L}'’-]+) ([IVX]{1,4})(?: of \p{Lu}.*)?$/u;

export function addRegnalForms(drafts: Draft[]): number {
  const reigning: { d: Draft; title: string; name: string; number: string }[] = [];
  for (const d of drafts) {
    if (d.type !== 'person') continue;
    const role = d.roles?.find((r) => r.status !== 'former' && r.office?.startsWith('hos:') && MONARCH.test(r.title));
    const m = role ? REGNAL.exec(d.name) : null;
    if (role && m) reigning.push({ d, title: role.title, name: m[1]!, number: m[2]! });
  }
  let added = 0;
  const count = (key: string) => reigning.filter((x) => aliasKey(`${x.title} ${x.name}`) === key).length;
  for (const { d, title, name, number } of reigning) {
    const before = d.alias.size;
    addAlias(d, `${name} ${number}`, 0);
    addAlias(d, `${title} ${name} ${number}`, 0);
    if (count(aliasKey(`${title} ${name}`)) === 1) addAlias(d, `${title} ${name}`, 0);
    added += d.alias.size - before;
  }
  return added;
}
