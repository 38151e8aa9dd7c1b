// XSS payloads aimed at an article body: Markdown rendered by react-markdown (skipHtml) with
// remark-gfm. Every payload that would run code sets window.__xss, so a browser test can render
// them and check `window[XSS_MARKER] === undefined`. The rest (bidi and zero-width spoofing,
// protocol-relative links, remote stylesheets) do nothing visible when they "work": check the
// rendered markup for those. Invisible characters are written as \u escapes on purpose.

export const XSS_MARKER = '__xss';

const JS = 'window.__xss=1';
// <script>window.__xss=1</script>
const HTML_B64 = 'PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==';
// <svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss=1"/>
const SVG_B64 = 'PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0id2luZG93Ll9feHNzPTEiLz4=';

export const xssPayloads: { name: string; markdown: string }[] = [
  // Raw <script> in its many spellings.
  { name: 'script tag', markdown: `<script>${JS}</script>` },
  { name: 'script tag, upper case', markdown: `<SCRIPT>${JS}</SCRIPT>` },
  { name: 'script tag, mixed case with type', markdown: `<ScRiPt type="text/javascript">${JS}</sCrIpT>` },
  { name: 'script tag with a NUL inside the name', markdown: `<scr\u0000ipt>${JS}</scr\u0000ipt>` },
  { name: 'script tag split around another', markdown: `<scr<script>ipt>${JS}</scr</script>ipt>` },
  { name: 'script tag, unclosed', markdown: `<script>${JS}` },
  { name: 'script with data: src', markdown: `<script src="data:text/javascript,${JS}"></script>` },
  { name: 'script with slash instead of space', markdown: `<script/src=data:,${JS}></script>` },
  { name: 'script inline in a paragraph', markdown: `Breaking news <script>${JS}</script> today.` },
  { name: 'script in a blockquote', markdown: `> Quote\n> <script>${JS}</script>` },
  { name: 'script in a list item', markdown: `- item\n- <script>${JS}</script>` },
  { name: 'script as HTML entities (must stay text)', markdown: `&lt;script&gt;${JS}&lt;/script&gt;` },
  { name: 'script in a fenced code block (must stay text)', markdown: '```html\n<script>' + JS + '</script>\n```' },
  { name: 'script in a code span (must stay text)', markdown: '`<script>' + JS + '</script>`' },

  // Event handlers.
  { name: 'img onerror', markdown: `<img src=x onerror="${JS}">` },
  { name: 'img onerror without spaces', markdown: `<img/src=x/onerror=${JS}>` },
  { name: 'svg onload', markdown: `<svg onload="${JS}"></svg>` },
  { name: 'svg onload with slash', markdown: `<svg/onload=${JS}>` },
  { name: 'body onload', markdown: `<body onload="${JS}">` },
  { name: 'details ontoggle', markdown: `<details open ontoggle="${JS}"><summary>More</summary></details>` },
  { name: 'a onmouseover', markdown: `<a href="#" onmouseover="${JS}">hover me</a>` },
  { name: 'input autofocus onfocus', markdown: `<input autofocus onfocus="${JS}">` },
  { name: 'video source onerror', markdown: `<video><source onerror="${JS}"></video>` },
  { name: 'marquee onstart', markdown: `<marquee onstart="${JS}">news</marquee>` },
  { name: 'div onanimationstart', markdown: `<div style="animation-name:spin" onanimationstart="${JS}">x</div>` },
  { name: 'inline b onclick in text', markdown: `Read <b onclick="${JS}">this</b> now.` },
  { name: 'unknown element onclick', markdown: `<x-news onclick=${JS}>click</x-news>` },
  { name: 'img onerror inside link text', markdown: `[<img src=x onerror=${JS}>](https://a.example)` },
  { name: 'raw anchor with javascript: href', markdown: `<a href="javascript:${JS}">click</a>` },

  // javascript:, vbscript: and data: in Markdown links.
  { name: 'link javascript:', markdown: `[click](javascript:${JS})` },
  { name: 'link JaVaScRiPt:', markdown: `[click](JaVaScRiPt:${JS})` },
  { name: 'link javascript&colon;', markdown: `[click](javascript&colon;${JS})` },
  {
    name: 'link javascript: as decimal entities',
    markdown: `[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${JS})`,
  },
  { name: 'link javascript: as hex entities', markdown: `[click](&#x6A;avascript&#x3A;${JS})` },
  { name: 'link javascript: split by a tab (angle destination)', markdown: `[click](<java\tscript:${JS}>)` },
  { name: 'link javascript: split by a tab entity', markdown: `[click](java&Tab;script:${JS})` },
  { name: 'link javascript: split by a newline entity', markdown: `[click](java&#10;script:${JS})` },
  { name: 'link javascript: with a leading space', markdown: `[click](< javascript:${JS}>)` },
  { name: 'link javascript: with a leading space entity', markdown: `[click](&#32;javascript:${JS})` },
  { name: 'link javascript: with a leading control character', markdown: `[click](<\u0001javascript:${JS}>)` },
  { name: 'link javascript: with a percent-encoded body', markdown: `[click](javascript:window.__xss%3D1)` },
  { name: 'link vbscript:', markdown: `[click](vbscript:${JS})` },
  { name: 'link data:text/html;base64', markdown: `[click](data:text/html;base64,${HTML_B64})` },
  { name: 'link data:text/html', markdown: `[click](data:text/html,%3Cscript%3E${JS}%3C/script%3E)` },
  {
    name: 'link data:image/svg+xml',
    markdown: `[click](data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20onload='${JS}'/%3E)`,
  },
  { name: 'link file:', markdown: '[click](file:///etc/passwd)' },
  { name: 'autolink javascript:', markdown: `<javascript:${JS}>` },
  { name: 'autolink data:text/html', markdown: `<data:text/html;base64,${HTML_B64}>` },
  { name: 'reference link javascript:', markdown: `[x][1]\n\n[1]: javascript:${JS}` },
  { name: 'reference link entity-encoded javascript:', markdown: `[x][evil]\n\n[evil]: &#106;avascript:${JS} "title"` },
  { name: 'collapsed reference link javascript:', markdown: `[evil][]\n\n[evil]: <JAVASCRIPT:${JS}>` },

  // Markdown images and titles.
  { name: 'image javascript:', markdown: `![x](javascript:${JS})` },
  { name: 'image data:image/svg+xml;base64', markdown: `![x](data:image/svg+xml;base64,${SVG_B64})` },
  { name: 'image data:text/html', markdown: `![x](data:text/html;base64,${HTML_B64})` },
  { name: 'image title breaking out into onerror', markdown: `![x](https://a.example/x.png "\\" onerror=\\"${JS}")` },
  { name: 'link title breaking out into onmouseover', markdown: `[x](https://a.example "\\" onmouseover=\\"${JS}")` },
  { name: 'link single-quoted title breakout', markdown: `[x](https://a.example '\\' onmouseover=\\'${JS}')` },
  { name: 'reference image javascript:', markdown: `![x][img]\n\n[img]: javascript:${JS}` },

  // SVG, MathML and embedding elements.
  { name: 'svg script', markdown: `<svg><script>${JS}</script></svg>` },
  { name: 'svg a xlink:href', markdown: `<svg><a xlink:href="javascript:${JS}"><text y="20">x</text></a></svg>` },
  { name: 'svg animate href', markdown: `<svg><a><animate attributeName="href" to="javascript:${JS}"/><text y="20">x</text></a></svg>` },
  { name: 'math href', markdown: `<math href="javascript:${JS}">click</math>` },
  {
    name: 'math mglyph style mutation',
    markdown: `<math><mtext><table><mglyph><style><img src=x onerror=${JS}></style></mglyph></table></mtext></math>`,
  },
  { name: 'iframe srcdoc', markdown: `<iframe srcdoc="<script>parent.${JS}</script>"></iframe>` },
  { name: 'iframe javascript: src', markdown: `<iframe src="javascript:parent.${JS}"></iframe>` },
  { name: 'object data:text/html', markdown: `<object data="data:text/html;base64,${HTML_B64}"></object>` },
  { name: 'embed javascript: src', markdown: `<embed src="javascript:${JS}">` },
  { name: 'form javascript: action', markdown: `<form action="javascript:${JS}"><button>Go</button></form>` },
  { name: 'button formaction', markdown: `<form id=f></form><button form=f formaction="javascript:${JS}">Go</button>` },
  { name: 'meta refresh to javascript:', markdown: `<meta http-equiv="refresh" content="0;url=javascript:${JS}">` },
  { name: 'base href to another site', markdown: '<base href="https://evil.example/">\n\n[home](/fa)' },
  { name: 'style tag', markdown: '<style>@import "https://evil.example/x.css"; body { display: none }</style>' },
  { name: 'link rel=stylesheet', markdown: '<link rel="stylesheet" href="https://evil.example/x.css">' },
  { name: 'noscript mutation', markdown: `<noscript><p title="</noscript><img src=x onerror=${JS}>">` },
  { name: 'textarea mutation', markdown: `<textarea><img title="</textarea><img src=x onerror=${JS}>">` },

  // Comments and CDATA.
  { name: 'HTML comment around script', markdown: `<!-- x --><script>${JS}</script><!-- y -->` },
  { name: 'conditional comment', markdown: `<!--[if gte IE 4]><script>${JS}</script><![endif]-->` },
  { name: 'comment closed early', markdown: `<!--><img src=x onerror=${JS}>-->` },
  { name: 'CDATA section', markdown: `<![CDATA[<script>${JS}</script>]]>` },

  // Template injection (harmless unless a template engine evaluates the text).
  { name: 'Angular/Vue template', markdown: `{{constructor.constructor('${JS}')()}}` },
  { name: 'JS template literal', markdown: `\${${JS}}` },
  { name: 'Ruby/Pug interpolation', markdown: `#{${JS}}` },
  { name: 'EJS/ERB tag', markdown: `<%= ${JS} %>` },

  // Bidi, zero-width and lookalike tricks.
  { name: 'RLO in link text shows another domain', markdown: '[\u202Eelpmaxe.knab//:sptth](https://evil.example)' },
  { name: 'RLO in link URL', markdown: '[invoice](https://evil.example/\u202Efdp.exe)' },
  { name: 'RLO in link URL, percent-encoded', markdown: '[invoice](https://evil.example/%E2%80%AEfdp.exe)' },
  { name: 'LRI/PDI isolates in link URL', markdown: '[bank](https://bank.example\u2066.evil.example\u2069)' },
  { name: 'RLI in autolink', markdown: '<https://evil.example/\u2067moc.knab\u2069>' },
  { name: 'FSI in reference link URL', markdown: '[bank][b]\n\n[b]: https://evil.example/\u2068moc.knab\u2069' },
  { name: 'RLM in link URL', markdown: '[x](https://example.org/\u200Fpath)' },
  { name: 'RLO in GFM autolink literal', markdown: 'See https://evil.example/\u202Egpj.exe now' },
  { name: 'zero-width space in javascript:', markdown: `[x](java\u200Bscript:${JS})` },
  { name: 'zero-width joiner in javascript:', markdown: `[x](javas\u200Dcript:${JS})` },
  { name: 'BOM before javascript:', markdown: `[x](\uFEFFjavascript:${JS})` },
  { name: 'soft hyphen in https URL', markdown: '[x](https://ba\u00ADnk.example)' },
  { name: 'protocol-relative link', markdown: '[x](//evil.example)' },
  { name: 'protocol-relative reference link', markdown: '[x][p]\n\n[p]: //evil.example/login' },
  { name: 'backslash protocol-relative link', markdown: '[x](/\\evil.example)' },
  { name: 'encoded slash protocol-relative link', markdown: '[x](/%2F/evil.example)' },

  // srcset.
  { name: 'img srcset with onerror', markdown: `<img srcset="javascript:${JS} 1x" src=x onerror=${JS}>` },
  { name: 'picture source srcset', markdown: `<picture><source srcset="x" onerror="${JS}"><img src=x></picture>` },

  // GFM tables, footnotes and task lists with HTML.
  {
    name: 'GFM table cells with HTML',
    markdown: `| a | b |\n|---|---|\n| <script>${JS}</script> | <img src=x onerror=${JS}> |`,
  },
  { name: 'GFM table cell with javascript: link', markdown: `| a |\n|---|\n| [x](javascript:${JS}) |` },
  { name: 'GFM footnote with HTML', markdown: `Text[^1]\n\n[^1]: <script>${JS}</script>` },
  { name: 'GFM footnote with javascript: link', markdown: `Text[^n]\n\n[^n]: [x](javascript:${JS})` },
  {
    name: 'GFM footnote label breaking out of id',
    markdown: `Text[^"><img src=x onerror=${JS}>]\n\n[^"><img src=x onerror=${JS}>]: note`,
  },
  { name: 'GFM task list with input', markdown: `- [ ] <input autofocus onfocus=${JS}>\n- [x] done` },
  { name: 'GFM strikethrough with HTML', markdown: `~~<img src=x onerror=${JS}>~~` },
];
