/**
 * The tagger's training data (Node only, build time): the TUNING parts of the labelled sets, never
 * their held-out parts (tests/eval/ner.ts fixes them): uner-wiki even documents, uner-ewt dev, and
 * our news sentences whose index % 3 !== 2 and that are not marked heldOut.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NerTag, TaggedSpan } from '../tagger/tagger';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SHARED = path.resolve(ROOT, '../shared/nlp');
export const SOURCES = {
  wiki: path.join(SHARED, 'uner-wiki/en_pud-wiki-half.iob2'),
  ewtDev: path.join(SHARED, 'uner-ewt/en_ewt-ud-dev.iob2'),
  news: path.join(ROOT, 'tests/fixtures/news-sentences.json'),
};

export interface LabelledDoc {
  /** The document's id (`# newdoc id`); for our news sentences, its index. */
  id: string;
  set: string;
  text: string;
  gold: TaggedSpan[];
}

/** An IOB2 file as documents (sentences joined by newlines), spans located by token in `# text`; the eval reads the same way. */
export function readIob2(file: string, set: string): LabelledDoc[] {
  const docs: LabelledDoc[] = [];
  let doc: LabelledDoc | null = null;
  let sentence = '';
  let base = 0;
  let cursor = 0;
  let open: TaggedSpan | null = null;
  const close = () => {
    if (open && doc) doc.gold.push(open);
    open = null;
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc id')) {
      close();
      docs.push((doc = { id: line.split('=')[1]!.trim(), set, text: '', gold: [] }));
    } else if (line.startsWith('# text = ')) {
      if (!doc) throw new Error('sentence before any document');
      close();
      sentence = line.slice('# text = '.length);
      if (doc.text) doc.text += '\n';
      base = doc.text.length;
      doc.text += sentence;
      cursor = 0;
    } else if (/^\d+\t/.test(line)) {
      const [, token, tag] = line.split('\t') as [string, string, string];
      const at = sentence.indexOf(token, cursor);
      if (at < 0) throw new Error(`token ${token} not found in: ${sentence}`);
      cursor = at + token.length;
      if (tag.startsWith('B-')) {
        close();
        open = { start: base + at, end: base + cursor, type: tag.slice(2) as NerTag };
      } else if (tag.startsWith('I-') && open) open.end = base + cursor;
      else close();
    } else if (!line.trim()) close();
  }
  close();
  return docs;
}

/** The tuning parts only; a set whose file is missing is left out (and said). */
export function tuningDocs(): LabelledDoc[] {
  const out: LabelledDoc[] = [];
  if (existsSync(SOURCES.wiki)) out.push(...readIob2(SOURCES.wiki, 'wiki').filter((_, i) => i % 2 === 0));
  else console.warn(`missing ${SOURCES.wiki}`);
  if (existsSync(SOURCES.ewtDev)) out.push(...readIob2(SOURCES.ewtDev, 'ewt'));
  else console.warn(`missing ${SOURCES.ewtDev}`);
  type S = { text: string; entities: { type: NerTag; start: number; end: number }[]; heldOut?: boolean };
  const { sentences } = JSON.parse(readFileSync(SOURCES.news, 'utf8')) as { sentences: S[] };
  sentences.forEach((s, i) => {
    if (!(s.heldOut ?? i % 3 === 2))
      out.push({ id: String(i), set: 'news', text: s.text, gold: s.entities.map(({ start, end, type }) => ({ start, end, type })) });
  });
  return out;
}
