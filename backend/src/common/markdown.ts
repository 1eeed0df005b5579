import MarkdownIt from 'markdown-it';
import type { Content, ContentText } from 'pdfmake/interfaces';
import sanitizeHtml from 'sanitize-html';

/**
 * The one Markdown sanitiser (decision 0022). Every place that shows what an organiser wrote in Markdown (the
 * summary page's `bodyHtml`, the summary e-mail's HTML and text, the summary PDF) starts from `renderMarkdown`'s
 * output, so a `<script>`, an `<iframe>`, an `onerror=` or a `javascript:` link is dropped once, in one place.
 *
 * markdown-it runs with `html: false` (raw HTML in the source is shown as text, never passed through) and its own
 * link check; sanitize-html then keeps only the allow-list below, whatever markdown-it might emit in a later
 * version. Tables are off: the page, the e-mail and the PDF would each need their own layout for them.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false }).disable(
  'table',
);

const ALLOWED_SCHEMES = ['http', 'https', 'mailto'];

const SANITISE: sanitizeHtml.IOptions = {
  allowedTags: [
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'strong',
    'em',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
  ],
  allowedAttributes: { a: ['href', 'rel'], ol: ['start'] },
  allowedSchemes: ALLOWED_SCHEMES,
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...(attribs['href'] ? { href: attribs['href'] } : {}), rel: 'noopener noreferrer' },
    }),
  },
};

/**
 * The level of a body's highest heading wherever it is shown: every page, e-mail and PDF puts the body under a
 * section heading (h2) of its own, below the event's title (h1).
 */
const TOP_HEADING_LEVEL = 3;

/**
 * Markdown as safe HTML: what a page may put in place as it is. Headings keep their order but start at h3, so
 * an organiser's `#` or `##` never stands beside the page's own title (screen readers list headings by level).
 */
export function renderMarkdown(source: string): string {
  const env = {};
  const tokens = markdown.parse(source, env);
  const headings = tokens.filter((token) => token.type === 'heading_open' || token.type === 'heading_close');
  const top = Math.min(...headings.map(headingLevel));
  for (const token of headings) {
    token.tag = `h${Math.min(headingLevel(token) - top + TOP_HEADING_LEVEL, 6)}`;
  }
  return sanitizeHtml(markdown.renderer.render(tokens, markdown.options, env), SANITISE).trim();
}

function headingLevel(token: { tag: string }): number {
  return Number(token.tag.slice(1));
}

/** Whether a link target is one the sanitiser lets through (http, https, mailto). */
export function isAllowedLink(href: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim())?.[1]?.toLowerCase();
  return scheme !== undefined && ALLOWED_SCHEMES.includes(scheme);
}

/** A run of text inside a block, with its emphasis and link. */
export interface InlineRun {
  text: string;
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
  link?: string;
}

/** The blocks the allow-list can produce, read back from the sanitised HTML. */
export type MarkdownBlock =
  | { kind: 'heading'; level: number; runs: InlineRun[] }
  | { kind: 'paragraph'; runs: InlineRun[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' }
  | { kind: 'quote'; blocks: MarkdownBlock[] }
  | { kind: 'list'; ordered: boolean; start: number; items: MarkdownBlock[][] };

/** An element of the sanitised HTML, read back into a tree. */
interface HtmlElement {
  type: 'tag';
  name: string;
  attribs: Record<string, string>;
  children: HtmlNode[];
}
type HtmlNode = HtmlElement | { type: 'text'; data: string };

const VOID_TAGS = new Set(['br', 'hr']);
const TOKEN = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+="[^"]*")*)\s*\/?>|([^<]+)/g;
const ATTRIBUTE = /([a-z-]+)="([^"]*)"/g;

/** The entities sanitize-html writes (it escapes `& < > "` and nothing else), and numeric ones for safety. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/gi, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/**
 * Reads `renderMarkdown`'s output back into a tree. That output is sanitize-html's own serialisation: only the
 * allow-list's tags, every attribute quoted with `"` escaped, `<` and `>` in text escaped. A tag outside that
 * form cannot occur; anything unexpected is read as text, never as markup.
 */
function parseSanitised(html: string): HtmlNode[] {
  const root: HtmlElement = { type: 'tag', name: '#root', attribs: {}, children: [] };
  const open: HtmlElement[] = [root];
  for (const match of html.matchAll(TOKEN)) {
    const [, closing, name, attributes, text] = match;
    const parent = open[open.length - 1];
    if (text !== undefined) {
      parent.children.push({ type: 'text', data: decodeEntities(text) });
    } else if (closing) {
      const at = open.map((element) => element.name).lastIndexOf(name);
      if (at > 0) open.length = at;
    } else {
      const attribs = Object.fromEntries(
        [...(attributes ?? '').matchAll(ATTRIBUTE)].map(([, key, value]) => [key, decodeEntities(value)]),
      );
      const element: HtmlElement = { type: 'tag', name, attribs, children: [] };
      parent.children.push(element);
      if (!VOID_TAGS.has(name)) open.push(element);
    }
  }
  return root.children;
}

/** Sanitised HTML (from `renderMarkdown`) as blocks, for the plain-text and PDF renderings below. */
export function readBlocks(html: string): MarkdownBlock[] {
  return blocksOf(parseSanitised(html));
}

const HEADING = /^h([1-6])$/;

function blocksOf(nodes: HtmlNode[]): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let loose: HtmlNode[] = [];
  const flush = () => {
    const runs = trimRuns(inlineRuns(loose, {}));
    if (runs.length > 0) blocks.push({ kind: 'paragraph', runs });
    loose = [];
  };
  for (const node of nodes) {
    if (node.type !== 'tag' || !isBlock(node.name)) {
      loose.push(node);
      continue;
    }
    flush();
    const element = node;
    const heading = HEADING.exec(element.name);
    if (heading)
      blocks.push({ kind: 'heading', level: Number(heading[1]), runs: inlineRuns(element.children, {}) });
    else if (element.name === 'p') blocks.push({ kind: 'paragraph', runs: inlineRuns(element.children, {}) });
    else if (element.name === 'pre') blocks.push({ kind: 'code', text: textOf(element).replace(/\n$/, '') });
    else if (element.name === 'hr') blocks.push({ kind: 'rule' });
    else if (element.name === 'blockquote')
      blocks.push({ kind: 'quote', blocks: blocksOf(element.children) });
    else {
      const items = element.children
        .filter((child): child is HtmlElement => child.type === 'tag' && child.name === 'li')
        .map((item) => blocksOf(item.children));
      const start = Number(element.attribs['start'] ?? 1);
      blocks.push({
        kind: 'list',
        ordered: element.name === 'ol',
        start: Number.isInteger(start) ? start : 1,
        items,
      });
    }
  }
  flush();
  return blocks;
}

function isBlock(name: string): boolean {
  return HEADING.test(name) || ['p', 'pre', 'hr', 'blockquote', 'ul', 'ol'].includes(name);
}

function inlineRuns(nodes: HtmlNode[], style: Omit<InlineRun, 'text'>): InlineRun[] {
  return nodes.flatMap((node): InlineRun[] => {
    if (node.type === 'text') return node.data === '' ? [] : [{ ...style, text: node.data }];
    switch (node.name) {
      case 'br':
        return [{ ...style, text: '\n' }];
      case 'strong':
        return inlineRuns(node.children, { ...style, bold: true });
      case 'em':
        return inlineRuns(node.children, { ...style, italics: true });
      case 's':
        return inlineRuns(node.children, { ...style, strike: true });
      case 'code':
        return inlineRuns(node.children, { ...style, code: true });
      case 'a': {
        const href = node.attribs['href'];
        return inlineRuns(node.children, href && isAllowedLink(href) ? { ...style, link: href } : style);
      }
      default:
        return inlineRuns(node.children, style);
    }
  });
}

/** Text between blocks (newlines markdown-it writes after a tag) carries nothing. */
function trimRuns(runs: InlineRun[]): InlineRun[] {
  return runs.every((run) => run.text.trim() === '') ? [] : runs;
}

function textOf(node: HtmlNode): string {
  return node.type === 'text' ? node.data : node.children.map(textOf).join('');
}

/**
 * The sanitised HTML as plain text, for the e-mail's text part: headings and paragraphs apart, list items
 * with `-` or their number, a link's address after its words.
 */
export function markdownText(html: string): string {
  return blocksText(readBlocks(html), '').trim();
}

function blocksText(blocks: MarkdownBlock[], indent: string): string {
  return blocks.map((block) => blockText(block, indent)).join('\n\n');
}

function blockText(block: MarkdownBlock, indent: string): string {
  switch (block.kind) {
    case 'heading':
      return indent + runsText(block.runs).toUpperCase();
    case 'paragraph':
      return indentLines(runsText(block.runs), indent);
    case 'code':
      return indentLines(block.text, indent + '    ');
    case 'rule':
      return indent + '----------';
    case 'quote':
      return blocksText(block.blocks, indent + '> ');
    case 'list':
      return block.items
        .map((item, index) => {
          const marker = block.ordered ? `${block.start + index}. ` : '- ';
          const text = blocksText(item, ' '.repeat(marker.length)).trimStart();
          return indent + marker + text;
        })
        .join('\n');
  }
}

function indentLines(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line) => indent + line)
    .join('\n');
}

function runsText(runs: InlineRun[]): string {
  return runs
    .map((run) =>
      run.link && run.link !== run.text && `mailto:${run.text}` !== run.link
        ? `${run.text} (${run.link})`
        : run.text,
    )
    .join('')
    .trim();
}

/** The sanitised HTML as pdfmake content: only the allow-list's blocks, links only where the sanitiser kept them. */
export function markdownPdf(html: string): Content[] {
  return readBlocks(html).map(blockPdf);
}

/** By level, from h3 (the body's highest heading, see TOP_HEADING_LEVEL) down. */
const HEADING_SIZES = [15, 13, 12, 11];

function blockPdf(block: MarkdownBlock): Content {
  switch (block.kind) {
    case 'heading':
      return {
        text: runsPdf(block.runs),
        bold: true,
        fontSize: HEADING_SIZES[block.level - TOP_HEADING_LEVEL],
        margin: [0, 8, 0, 4],
      };
    case 'paragraph':
      return { text: runsPdf(block.runs), margin: [0, 0, 0, 6] };
    case 'code':
      return { text: block.text, preserveLeadingSpaces: true, fontSize: 9, margin: [8, 0, 0, 6] };
    case 'rule':
      return {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: 500, y2: 0, lineWidth: 0.5, lineColor: '#9e9e9e' }],
        margin: [0, 4, 0, 8],
      };
    case 'quote':
      return { stack: block.blocks.map(blockPdf), italics: true, margin: [16, 0, 0, 6] };
    case 'list': {
      const items = block.items.map((item) => ({ stack: item.map(blockPdf) }));
      return block.ordered
        ? { ol: items, start: block.start, margin: [0, 0, 0, 6] }
        : { ul: items, margin: [0, 0, 0, 6] };
    }
  }
}

function runsPdf(runs: InlineRun[]): ContentText[] {
  return runs.map((run) => ({
    text: run.text,
    ...(run.bold ? { bold: true } : {}),
    ...(run.italics ? { italics: true } : {}),
    ...(run.strike ? { decoration: 'lineThrough' as const } : {}),
    ...(run.code ? { background: '#eeeeee' } : {}),
    ...(run.link ? { link: run.link, color: '#1f5f8b', decoration: 'underline' as const } : {}),
  }));
}
