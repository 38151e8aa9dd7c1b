import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { safeLinkHref } from '@/lib/safe-url';

// Article bodies are Markdown rendered straight to React elements: raw HTML is skipped, and a link
// whose target fails the allowlist in lib/safe-url.ts is rendered as its text alone.
const components: Components = {
  // Images in bodies would load from anywhere; lead images are the only pictures we serve.
  img: () => null,
  // GFM task-list checkboxes have no label; a news story has no use for them.
  input: () => null,
  a: ({ href, children }) => {
    const safe = safeLinkHref(href);
    if (!safe) return <>{children}</>;
    const external = /^https?:/i.test(safe);
    return (
      <a href={safe} rel={external ? 'noopener noreferrer nofollow' : undefined}>
        {children}
      </a>
    );
  },
};

export function ArticleBody({ markdown }: { markdown: string }) {
  return (
    <div className="article-body">
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml components={components}>
        {markdown}
      </ReactMarkdown>
    </div>
  );
}
