/**
 * The page's features record: every field the walk in `features.ts` fills (read by `score.ts`),
 * the empty record a walk starts from, and the walk's running state that the readers in `read.ts` share.
 */
export interface PageFeatures {
  ldTypes: string[];
  ldArticle: string | null;
  ldOther: string | null;
  ogType: string | null;
  author: boolean;
  articleEls: number;
  h1: number;
  paras: number;
  proseParas: number;
  proseChars: number;
  longestPara: number;
  links: number;
  priceMarks: number;
  cartButton: boolean;
  forumMarks: number;
  commentMarks: number;
  codeBlocks: number;
  inputs: number;
  /** Distinct parents of the prose paragraphs, and the share of prose under the busiest one. */
  proseParents: number;
  proseTopShare: number;
  /** An <h1> comes before the first prose paragraph (a headline over its text). */
  h1BeforeProse: boolean;
  /** Words in the first <h1>: headlines are sentences, service and shop pages name a thing. */
  h1Words: number;
  /** In the prose sample: words, and how many address the reader ("you") or speak for a firm ("we"). */
  proseWords: number;
  youWords: number;
  weWords: number;
  /** ...speak of themselves ("I", "my": a blog post), of others ("he", "she", "they": a story), or report
   *  ("said", "told", "according"); and how many words are past participles or past tense ("-ed"). */
  iWords: number;
  theyWords: number;
  saidWords: number;
  edWords: number;
  /** <code> and <time> elements, links before the first prose paragraph (a docs sidebar, a shop menu),
   *  headings asking a question (FAQ, Q&A), vote and comment controls. */
  codeEls: number;
  timeEls: number;
  linksBeforeProse: number;
  questionHeads: number;
  voteTexts: number;
  /** The document title's headline part (its longest segment between separators): its words, and
   *  whether it is phrased like a story or a guide ("How…", "Why…", "10 …", a question). */
  titleWords: number;
  titleLead: boolean;
  /** Short texts in the sample: a visible date, calls to action, prices. */
  dateTexts: number;
  ctaTexts: number;
  priceTexts: number;
  /** Forum posts: titles answering another ("Re: …") and post controls ("Quote", "Reply", "Joined:", "#3"). */
  replyTitles: number;
  forumTexts: number;
  walked: number;
  truncated: boolean;
}

export function emptyFeatures(): PageFeatures {
  return {
    ldTypes: [],
    ldArticle: null,
    ldOther: null,
    ogType: null,
    author: false,
    articleEls: 0,
    h1: 0,
    paras: 0,
    proseParas: 0,
    proseChars: 0,
    longestPara: 0,
    links: 0,
    priceMarks: 0,
    cartButton: false,
    forumMarks: 0,
    commentMarks: 0,
    codeBlocks: 0,
    inputs: 0,
    proseParents: 0,
    proseTopShare: 0,
    h1BeforeProse: false,
    h1Words: 0,
    proseWords: 0,
    youWords: 0,
    weWords: 0,
    iWords: 0,
    theyWords: 0,
    saidWords: 0,
    edWords: 0,
    codeEls: 0,
    timeEls: 0,
    linksBeforeProse: 0,
    questionHeads: 0,
    voteTexts: 0,
    titleWords: 0,
    titleLead: false,
    dateTexts: 0,
    ctaTexts: 0,
    priceTexts: 0,
    replyTitles: 0,
    forumTexts: 0,
    walked: 0,
    truncated: false,
  };
}

export interface Walk {
  f: PageFeatures;
  types: Set<string>;
  /** Prose characters per parent box (see `countProse` in read.ts). */
  proseByParent: Map<Element, number>;
  lastBrParent: Element | null;
}
