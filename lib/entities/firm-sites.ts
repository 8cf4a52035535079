import type { Span } from '../types';

/**
 * A firm's or a family's site in a place, its owner's possessive before the place's name: "Canada Goose will shut its Milan store",
 * "production ends at its Devon factory", "the family's Aberdeenshire golf resort", "Gucci's Florence workshop" (one lower-case word
 * of its kind between at most). After "a" or "the" such a site is as often the firm's own that carries a town's name ("a Nokia store",
 * "the Santander branch": place-sites.ts keeps those out); after its owner's possessive the owner is said, and the name that is left
 * is where the site stands. No club or person has a factory, a plant or a branch named after them with "its" before.
 * Cost: asked only of a place's one-word name (place-sites.ts siteAfter, place-trades.ts weakPlaceSite); one short regex before, one after.
 */
const OWNER_BEFORE = /(?:^|[^\p{L}])(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|\p{L}[\p{L}&.-]*['’]s)\s$/u;
const SITE_AFTER =
  /^\s(?:[\p{Ll}-]+\s)?(?:factory|factories|plants?|stores?|shops?|branch|branches|offices?|mills?|resorts?|showrooms?|boutiques?|flagship|headquarters|warehouses?|distribution\scent(?:re|er)s?|call\scent(?:re|er)s?|hotels?|campus|refinery|refineries|smelter|depots?)\b/u;

/** How many characters of `after` (lower case, opening with the space after the name) name a firm's site, or 0 (truecase.ts: "at Its Devon Factory"). */
export const firmSiteLength = (after: string): number => SITE_AFTER.exec(after)?.[0].length ?? 0;

export const firmSite = (text: string, s: Span): string | null =>
  OWNER_BEFORE.test(text.slice(Math.max(0, s.start - 24), s.start)) && SITE_AFTER.test(text.slice(s.end, s.end + 40))
    ? 'a firm’s site there, its owner’s possessive before (“its Milan store”)'
    : null;

/**
 * A maker or a manufacturer of the place right after its name ("The Liverpool ink maker's range", "a Sheffield cutlery manufacturer"),
 * for a place whose name a person or a club shares too (place-trades.ts weakPlaceSite): no person and no club is a maker or a brewery.
 * Not a bare "firm" or "company", a family's as often ("the Jordan firm").
 */
const MAKER_AFTER = /^\s(?:[\p{Ll}-]+\s)?(?:maker|makers|manufacturer|manufacturers|brewer|brewers|brewery|distillery|winery|carmaker|shipbuilder|shipyard)\b/u;
export const makerAfter = (text: string, s: Span): string | null =>
  MAKER_AFTER.test(text.slice(s.end, s.end + 40)) ? 'a firm of a place (“the Liverpool ink maker”)' : null;

/**
 * A fair of its kind, a festival or a biennale held in the place, or one of its piazzas, right after its name ("the Milan furniture fair",
 * "a Milan piazza", "the Sydney writers' festival"), for a place whose name a person shares (place-trades.ts weakPlaceSite): nobody holds a
 * furniture fair or has a piazza. A fair only with its kind ("fair" is an adjective as often: "is Sydney fair to …").
 */
const HELD_AFTER =
  /^\s(?:(?:book|art|design|furniture|trade|craft|food|wine|antiques?|toy|textile|job|science)\sfairs?|(?:[\p{Ll}-]+(?:['’]|s['’])?\s)?(?:festivals?|biennales?|biennials?)|piazzas?)\b/u;
export const heldThere = (text: string, s: Span): string | null =>
  HELD_AFTER.test(text.slice(s.end, s.end + 40)) ? 'a fair, a festival or a piazza of a place (“the Milan furniture fair”)' : null;
