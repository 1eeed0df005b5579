/*
 * Renders every e-mail template in Bulgarian and English with its sample data, to look at in a browser:
 *   TS_NODE_PROJECT=backend/tsconfig.json TS_NODE_TRANSPILE_ONLY=true \
 *     node -r ts-node/register -r tsconfig-paths/register backend/scripts/mail-preview.ts
 * writes dist/mail-preview/<name>.<lang>.html and .txt, and dist/mail-preview/index.html linking them all.
 * The sample data is templates/<name>/preview.json: `{ "bg": {...}, "en": {...} }`, or one object for both.
 * An inline image (`src="cid:..."`, the check-in QR code) is an attachment of the real message; the preview
 * shows a sample QR code in its place.
 */
import type { Language } from '@roundtable/contracts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { toDataURL } from 'qrcode';
import { TemplateRenderer } from '../src/mail/template-renderer';

const ROOT = resolve(__dirname, '../..');
const TEMPLATES_DIR = join(ROOT, 'templates');
const OUT_DIR = join(ROOT, 'dist/mail-preview');
const LANGUAGES: Language[] = ['bg', 'en'];

interface Row {
  name: string;
  subjects: Record<Language, string>;
}

function previewData(name: string, language: Language): object {
  const path = join(TEMPLATES_DIR, name, 'preview.json');
  if (!existsSync(path)) throw new Error(`templates/${name}/preview.json is missing`);
  const preview = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const data = 'bg' in preview && 'en' in preview ? preview[language] : preview;
  if (typeof data !== 'object' || data === null)
    throw new Error(`templates/${name}/preview.json: no ${language} data`);
  return data;
}

/** What a mail client shows for an inline image (`src="cid:..."`): here, a sample QR code for every one. */
function withSampleImages(html: string, sample: string): string {
  return html.replace(/src="cid:[^"]*"/g, `src="${sample}"`);
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function index(rows: Row[]): string {
  const cells = (row: Row) =>
    LANGUAGES.map(
      (language) =>
        `<td><a href="${row.name}.${language}.html">${escapeHtml(row.subjects[language])}</a>` +
        ` <a class="text" href="${row.name}.${language}.txt">text</a></td>`,
    ).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Roundtable: e-mail preview</title>
<style>
  body { font-family: 'Segoe UI', Helvetica, Arial, sans-serif; color: #1c2530; margin: 32px; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid #dde3e9; padding: 8px 12px; text-align: left; vertical-align: top; }
  th { background: #f4f6f8; }
  a { color: #1f5f8b; }
  a.text { font-size: 13px; color: #5b6773; }
</style>
</head>
<body>
<h1>Roundtable: e-mail preview</h1>
<p>Rendered from templates/ with each message's preview.json.</p>
<table>
<tr><th>Message</th>${LANGUAGES.map((language) => `<th>${language}</th>`).join('')}</tr>
${rows.map((row) => `<tr><th>${escapeHtml(row.name)}</th>${cells(row)}</tr>`).join('\n')}
</table>
</body>
</html>
`;
}

async function main(): Promise<void> {
  const renderer = await TemplateRenderer.load(TEMPLATES_DIR);
  const sampleQr = await toDataURL('https://roundtable.example.org/check-in/preview', {
    margin: 1,
    width: 320,
  });
  mkdirSync(OUT_DIR, { recursive: true });
  const rows: Row[] = [];
  for (const name of renderer.names) {
    const subjects = {} as Record<Language, string>;
    for (const language of LANGUAGES) {
      const mail = renderer.render(name, language, previewData(name, language));
      writeFileSync(join(OUT_DIR, `${name}.${language}.html`), withSampleImages(mail.html, sampleQr));
      writeFileSync(join(OUT_DIR, `${name}.${language}.txt`), mail.text);
      subjects[language] = mail.subject;
    }
    rows.push({ name, subjects });
  }
  const indexPath = join(OUT_DIR, 'index.html');
  writeFileSync(indexPath, index(rows));
  console.log(indexPath);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
