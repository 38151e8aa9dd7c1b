import ReactMarkdown, { defaultUrlTransform, type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

// Article bodies are Markdown rendered straight to React elements: raw HTML is dropped, and
// link targets pass an allowlist (react-markdown's default keeps only http(s), mailto and
// relative URLs, turning javascript:, data: and the rest into empty links).
const components: Components = {
  // Images in bodies would load from anywhere; lead images are the only pictures we serve.
  img: () => null,
  // GFM task-list checkboxes have no label; a news story has no use for them.
  input: () => null,
  a: ({ href, children }) => {
    const external = href ? /^https?:/i.test(href) : false;
    return (
      <a href={href || undefined} rel={external ? 'noopener noreferrer nofollow' : undefined}>
        {children}
      </a>
    );
  },
};

export function ArticleBody({ markdown }: { markdown: string }) {
  return (
    <div className="article-body">
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml urlTransform={defaultUrlTransform} components={components}>
        {markdown}
      </ReactMarkdown>
    </div>
  );
}
