/**
 * Names of the days and months, once. Its own module (re-exported by ./words.ts) because the
 * content script's date reader needs the months and nothing else of the word lists: importing
 * ./words.ts there would ship every list to the page.
 */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The months' three-letter abbreviations, lower case ("jan" … "dec"), in calendar order. */
export const MONTH_ABBREVIATIONS = MONTHS.map((m) => m.slice(0, 3).toLowerCase());
