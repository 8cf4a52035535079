/**
 * A place's name between a year (or a decade) and a vehicle's noun is a make's or a model's: "a 1970s Bedford lorry that keeps
 * breaking down", "a 1959 Morris van", "his 1964 Dodge truck". Makers of lorries, vans and buses often carry a town's name
 * (Bedford, Leyland, Dennis's Guildford works aside), and a vehicle dated by its year is named by what it is, not where it is:
 * a vehicle somewhere is "a lorry in Bedford". Only where the vehicle's noun ends the phrase (punctuation, a function word, a
 * relative, a verb in "-ed"; not a plural noun's "-s"): "1980s London bus drivers" are London's people, "a 1970s Texas truck stop" a place's.
 * Asked of place hits (thing-cues.ts); cost: a character test of the word before (a figure, or "s" after one), one pattern only then.
 */
import type { Span } from '../types';

/** A year or a decade right before the name, after an article, a possessive or a number ("a 1970s", "his 1964", "two 1950s"). */
const DATED_BEFORE = /\b(?:a|an|the|his|her|their|its|our|my|two|three|four|several|old|vintage)\s+(?:(?:19|20)\d\d|(?:19|20)\d0s|['’]\d0s)\s$/u;
/** The vehicle's noun and what ends its phrase. */
const VEHICLE_AFTER =
  /^\s(?:lorr(?:y|ies)|trucks?|vans?|buses|bus|coach(?:es)?|tractors?|motorbikes?|motorcycles?|saloons?|pick-?ups?|limousines?)(?=\s*[,.;:!?)\u2014\u2013]|\s*$|\s+(?:that|which|who|and|or|with|was|is|were|are|had|has|in|on|at|from|to|for|of|by|still|\p{Ll}+ed)\b)/u;

/** True where the place hit at `span` stands between a year and a vehicle's noun: a make (see the module's comment). */
export function datedVehicleMake(text: string, span: Span): boolean {
  const c = text.charCodeAt(span.start - 2);
  if (!((c >= 48 && c <= 57) || (c === 115 && text.charCodeAt(span.start - 3) === 48))) return false;
  return VEHICLE_AFTER.test(text.slice(span.end, span.end + 40)) && DATED_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start));
}
