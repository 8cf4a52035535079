/** mark.js 8 ships no types; the benchmark uses only its constructor and mark(). */
declare module 'mark.js' {
  export default class Mark {
    constructor(ctx: Element | Element[] | string);
    mark(keywords: string | string[], options?: Record<string, unknown>): void;
    unmark(options?: Record<string, unknown>): void;
  }
}
