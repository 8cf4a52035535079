import { describe, expect, it } from 'vitest';
import { parseGroupList, parsePartyList } from '../../lib/dataset/build/factbook-parties';
import { buildCard } from '../../lib/card';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { findEntities } from '../../lib/entities';
import { loadBundledDataset } from '../../lib/tools/load-dataset';

/**
 * Political parties and listed groups from the Factbook (lib/dataset/build/factbook-parties.ts) and
 * when the linker may name them (lib/entities/party-context.ts). List lines are the Factbook's own.
 */
const ds = loadBundledDataset();
const lookup = createMemoryLookup(ds);
const linked = async (text: string, surface: string) =>
  (await findEntities(text, lookup)).entities.find((e) => e.fromDataset && e.mentions.some((m) => text.slice(m.start, m.end) === surface))?.id ?? null;

describe('Factbook party and group lists', () => {
  it('reads names, "or" forms, parenthesised forms and acronyms, and leaves notes and leaders out', () => {
    const uk = parsePartyList(
      'Alliance Party or APNI (Northern Ireland)\nLabor (Labour) Party\nLiberal Democrats (Lib Dems)\nScottish National Party or SNP\nNational Union (largest opposition party)',
    );
    expect(uk.map((p) => p.name)).toEqual(['Alliance Party', 'Labor Party', 'Liberal Democrats', 'Scottish National Party', 'National Union']);
    expect(uk[1]!.forms).toEqual(['Labour Party']);
    // The spelling in brackets is the party's own: it titles the card ("Labour Party" in Britain and Ireland).
    expect(uk[1]!.own).toBe('Labour Party');
    expect(uk[2]!.own).toBeUndefined();
    // A name in the country's language is one more name, not the party's spelling of the first.
    for (const line of ['Alternative (Alternativa) or ALT', 'Unidas (Unite) or UP', 'The Liberals (Liberalerna) or L'])
      expect(parsePartyList(line)[0]!.own, line).toBeUndefined();
    expect(parsePartyList('Democratic Center (Centre) Party')[0]!.own).toBe('Democratic Centre Party');
    expect(uk[2]!.forms).toEqual(['Lib Dems']);
    expect(uk[3]!.acronyms).toEqual(['SNP']);
    expect(uk[4]!.forms).toEqual([]);
    // A leader in brackets (older editions) is not a party's name; a heading of non-parties is skipped.
    expect(parsePartyList('Botswana National Front or BNF [Duma BOKO]Botswana Patriotic Front or BPF').map((p) => p.name)).toEqual([
      'Botswana National Front',
      'Botswana Patriotic Front',
    ]);
    expect(
      parsePartyList('legal parties/alliances:\nSocialist Unionist Party\nde facto governance entities:\nSyrian Interim Government or SIG').map((p) => p.name),
    ).toEqual(['Socialist Unionist Party']);
    const groups = parseGroupList(
      "al-Qa'ida; Islamic Revolutionary Guard Corps (IRGC)/Qods Force; Islamic State of Iraq and ash-Sham (ISIS) - Yemen; Lashkar-e Tayyiba (LeT); HAMAS",
    );
    expect(groups.map((g) => g.name)).toEqual([
      "al-Qa'ida",
      'Islamic Revolutionary Guard Corps/Qods Force',
      'Islamic State of Iraq and ash-Sham - Yemen',
      'Lashkar-e Tayyiba',
      'HAMAS',
    ]);
    expect(groups[1]!.acronyms).toEqual(['IRGC']);
    expect(groups[1]!.forms).toEqual(['Islamic Revolutionary Guard Corps', 'Qods Force']);
    // "(ISIS) - Yemen": the acronym is the parent group's, not the branch's.
    expect(groups[2]!.acronyms).toEqual([]);
  });

  it('the bundled dataset has a party per country and a group per listed group, each card attributed to the Factbook', () => {
    const parties = ds.entities.filter((e) => e.id.startsWith('party:'));
    const groups = ds.entities.filter((e) => e.id.startsWith('group:'));
    expect(parties.length).toBeGreaterThan(1500);
    expect(groups.length).toBeGreaterThan(50);
    // "Green Party" is several countries' parties, never one merged entity.
    const greens = parties.filter((e) => e.name === 'Green Party');
    expect(new Set(greens.map((e) => e.countryId)).size).toBe(greens.length);
    expect(greens.length).toBeGreaterThan(1);
    for (const e of [...parties, ...groups]) {
      expect(e.facts.length, e.id).toBeGreaterThan(0);
      for (const f of e.facts) expect(f.source, e.id).toBe('factbook');
    }
    for (const e of groups) {
      const lines = buildCard(e, ds.sources).groups?.flatMap((g) => g.lines) ?? buildCard(e, ds.sources).lines;
      expect(lines[0], e.id).toMatch(/^Listed by the US government \(CIA World Factbook, terrorism reference\) as a terrorist group active in /);
      // Never in our own voice.
      for (const l of lines) expect(l, e.id).not.toMatch(/\b(?:is|are) an? (?:terrorist|militant)/i);
    }
    const bjp = parties.find((e) => e.id === 'party:in:bharatiya-janata-party')!;
    expect(buildCard(bjp, ds.sources).lines).toEqual(['political party in India']);
    expect(buildCard(bjp, ds.sources).sources[0]!.name).toBe('CIA World Factbook');
    // A cited news spelling titles the card; the Factbook's own spelling is still said.
    const hezbollah = groups.find((e) => e.id === 'group:hizballah')!;
    expect(hezbollah.name).toBe('Hezbollah');
    expect(hezbollah.facts).toContainEqual(expect.objectContaining({ label: 'CIA World Factbook spelling', value: 'Hizballah' }));
    expect(groups.find((e) => e.id === 'group:hamas')!.name).toBe('Hamas');
  });
});

describe('linking parties and listed groups', () => {
  it('a group by its own distinctive name links anywhere; a short acronym only where the group is spelled out', async () => {
    expect(await linked('Hamas fighters crossed the border on Saturday.', 'Hamas')).toBe('group:hamas');
    expect(await linked('Hezbollah fired rockets on Sunday.', 'Hezbollah')).toBe('group:hizballah');
    expect(await linked('The IRGC seized a tanker.', 'IRGC')).toMatch(/^group:islamic-revolutionary-guard-corps/);
    expect(await linked('LeT denied the attack.', 'LeT')).toBeNull();
    expect(await linked('Lashkar-e-Taiba militants attacked. LeT denied it.', 'LeT')).toBe('group:lashkar-e-tayyiba');
  });

  it('a party links only where the article names its country; a generic name shared by several countries needs it too', async () => {
    expect(await linked('The Labour Party won the election.', 'Labour Party')).toBeNull();
    expect(await linked('In Britain, the Labour Party won the election.', 'Labour Party')).toBe('party:uk:labor-party');
    expect(await linked('In Britain and Ireland, the Labour Party won.', 'Labour Party')).toBeNull();
    // (Its own full name too: "Muslim Brotherhood" in an American story is not Sudan's party.)
    expect(await linked('Bharatiya Janata Party leaders met on Sunday.', 'Bharatiya Janata Party')).toBeNull();
    expect(await linked('In India, Bharatiya Janata Party leaders met on Sunday.', 'Bharatiya Janata Party')).toBe('party:in:bharatiya-janata-party');
  });

  it('a one-word party name that is a given name links only in a party context, with its country named', async () => {
    expect(ds.entities.find((e) => e.id === 'party:is:noam')).toBeDefined();
    expect(await linked('In Israel, Noam said the talks would continue.', 'Noam')).toBeNull();
    expect(await linked('Noam lawmakers voted against the bill.', 'Noam')).toBeNull();
    expect(await linked('In Israel, Noam lawmakers voted against the bill.', 'Noam')).toBe('party:is:noam');
    expect(await linked('In Israel, the leader of Noam spoke.', 'Noam')).toBe('party:is:noam');
  });

  it('a party acronym links only where the article spells the party out', async () => {
    expect(await linked('In India, the BJP won the vote.', 'BJP')).toBeNull();
    expect(await linked('In India, the Bharatiya Janata Party won. The BJP said.', 'BJP')).toBe('party:in:bharatiya-janata-party');
  });
});
