/**
 * The in-page timings, in one place so the end-to-end tests wait on the code's own delays instead of
 * guessing (a test that sleeps a number of its own passes or fails by luck when these change).
 */

/** A pointer must rest on a highlight this long before its card opens (a passing pointer opens nothing). */
export const OPEN_DELAY = 150;
/** A card stays this long after the pointer leaves it, so the pointer can travel onto the card. */
export const CLOSE_DELAY = 300;
/** Text slides under a still pointer while the page scrolls: hovers are judged this long after scrolling stops. */
export const SCROLL_QUIET = 120;
/** A burst of DOM mutations that added text is re-analysed once it has been quiet this long. */
export const MUTATION_QUIET = 800;
/** Re-analyses of one page (address changes, late text) start at least this far apart. */
export const REANALYSIS_GAP = 1000;
/** "Show in Backstory" leaves its entry for the popup this long; an older one is ignored and removed. */
export const POPUP_FOCUS_TTL = 30_000;
