import { diffWords } from 'diff';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/**
 * What changed from one text to the other, word by word, words being what the language's own
 * rules make them (Intl.Segmenter): diff's built-in tokenizer knows only Latin letters and would
 * compare Cyrillic, Arabic, Armenian and Georgian text letter by letter.
 */
export function wordDiff(from: string, to: string, lang: string): DiffPart[] {
  const intlSegmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  return diffWords(from, to, { intlSegmenter }).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}
