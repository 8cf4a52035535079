import type { DatasetEntity } from '../types';

/*
 * Reads of a dataset record's fields that many rules make, each in one small function shared by all of them. Why shared:
 * the records come in some fifty hidden classes (one per set of optional fields), and a read written inline in one rule has
 * seen only the few its warm-up pages brought; optimised on those, the rule's compiled code is thrown away at the first
 * record of another class (a long page's "DeAndre Jordan" in surnamesOfPeople, a full name's weak alias in decide's
 * prepare) and compiled again. One read used by every rule has seen many classes and is compiled as a generic read.
 */

/** A place or a country: what a place's name can be. */
export const isPlaceRecord = (e: DatasetEntity): boolean => e.type === 'place' || e.type === 'country';
/**
 * A person, or not: decide.ts's filters of people read their rule only where it can take a candidate away (a person among
 * the candidates, or another kind beside people), as its filters of places read theirs only where a place is among them.
 */
export const isPerson = (e: DatasetEntity): boolean => e.type === 'person';
export const notPerson = (e: DatasetEntity): boolean => e.type !== 'person';

/** Whether `key` is only a weak alias of the record (needs context to link). */
export const weakFor = (e: DatasetEntity, key: string): boolean => !!e.weakAliases?.includes(key);
