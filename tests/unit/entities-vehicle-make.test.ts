import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';
import { datedVehicleMake } from '../../lib/entities/vehicle-make';

/**
 * A place's name between a year or a decade and a vehicle's noun: a make (lib/entities/vehicle-make.ts). Sentences written for
 * these tests, not taken from the trap fixture.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);
const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return datedVehicleMake(text, { start, end: start + name.length });
};

describe('a make between a year and a vehicle', () => {
  it('"a 1970s Bedford lorry", "his 1959 Bedford van": the make', async () => {
    expect(await linked('The farm still runs a 1960s Bedford truck that has never failed its test.', 'Bedford')).toEqual([]);
    expect(at('He spent the winter restoring his 1959 Bedford van.', 'Bedford')).toBe(true);
  });
  it('no year, a noun after the vehicle, a vehicle in a place: the place', async () => {
    expect(at('Drivers said a 1980s London bus drivers’ strike was the last.', 'London')).toBe(false);
    expect(at('A 1970s Texas truck stop burned down.', 'Texas')).toBe(false);
    expect(await linked('The lorry broke down in Bedford on Monday.', 'Bedford')).toEqual(['place:bedford']);
    expect(at('In 1970 Bedford lorries were everywhere.', 'Bedford')).toBe(false);
  });
});
