import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/** The words of a Markdown body without its markup, one block per line: for search and snippets. */
export function markdownToPlainText(markdown: string): string {
  return fromMarkdown(markdown)
    .children.map((block) => toString(block, { includeHtml: false }))
    .filter(Boolean)
    .join('\n');
}
