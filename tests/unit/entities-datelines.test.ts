import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';

/** A news dateline's town and abbreviated state (datelines.ts). */
const places = (text: string) => namesOf('place', text);

describe('a news dateline', () => {
  it('its town in capitals and its state as the agencies abbreviate it are places', async () => {
    expect(await places('QUENBY FALLS, Mich. — The mill closed on Monday after a fire.')).toEqual(['QUENBY FALLS', 'Mich.']);
    expect(await places('Opening line.\nTARVESSA, N.Y. — Voters queued for hours.')).toEqual(['TARVESSA', 'N.Y.']);
  });

  it('not a heading in capitals before a dash, nor a firm with its legal form', async () => {
    expect(await places('KELBROOK — short for the Kelbrook Data Miner, a tool.')).toEqual([]);
    expect(await places('ZORVEX, Inc. — We make tools for builders.')).toEqual([]);
    expect(await places('NOTE, Please — read the terms first.')).toEqual([]);
  });
});
