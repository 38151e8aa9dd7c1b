/**
 * Structured data for search engines. The JSON is built by our code from plain values; "<" is
 * escaped so that no text inside it can close the script element.
 */
export function JsonLd({ data }: { data: object }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
