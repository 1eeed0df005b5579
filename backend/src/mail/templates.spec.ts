import type { Language } from '@roundtable/contracts';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TemplateRenderer, type RenderedMail } from './template-renderer';

const TEMPLATES_DIR = resolve(__dirname, '../../../templates');
const LANGUAGES: Language[] = ['bg', 'en'];

const folders = readdirSync(TEMPLATES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
  .map((entry) => entry.name)
  .sort();

function previewData(name: string, language: Language): object {
  const preview = JSON.parse(readFileSync(join(TEMPLATES_DIR, name, 'preview.json'), 'utf8')) as Record<
    Language,
    object
  >;
  return preview[language];
}

/** What a reader sees of the HTML: markup and the head's CSS left out. */
function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*<\/head>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ');
}

// `\b` knows no Cyrillic: a word is bounded by anything that is not a letter.
const word = (alternatives: string, flags = 'u') =>
  new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, flags);

/** The informal „ти“ in its pronouns, and verbs in the second person singular („можеш“, „имаш“). */
const TI_FORMS = word(
  'ти|теб|тебе|твой|твоя|твоят|твоята|твое|твоето|твои|твоите|(?!(?:ваш|наш)(?!\\p{L}))\\p{L}+(?:еш|иш|аш|яш)',
  'iu',
);
/** A letter to one named person writes Вие/Ви/Вас/Ваш with a capital (COPY-BG.md, rule 1). */
const LOWERCASE_FORMAL = word('вие|ви|вас|ваш|ваша|вашата|вашия|вашият|вашето|ваши|вашите');
/** „Europe/Sofia“, „UTC+3“: people read „българско време“ instead (COPY-BG.md, rule 8). */
const ZONE_ID =
  /\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z_]+|\b(?:UTC|GMT)\b/;

describe('mail templates rendered with their preview data', () => {
  let renderer: TemplateRenderer;
  const rendered = new Map<string, RenderedMail>();

  beforeAll(async () => {
    renderer = await TemplateRenderer.load(TEMPLATES_DIR);
    for (const name of folders)
      for (const language of LANGUAGES)
        rendered.set(`${name}.${language}`, renderer.render(name, language, previewData(name, language)));
  }, 60_000);

  it('loads every template folder', () => {
    expect(renderer.names).toEqual(folders);
  });

  describe.each(folders)('%s', (name) => {
    it.each(LANGUAGES)('in %s has a subject, a text body and no Handlebars left over', (language) => {
      const mail = rendered.get(`${name}.${language}`) as RenderedMail;
      expect(mail.subject.trim()).not.toBe('');
      expect(mail.subject).not.toContain('\n');
      expect(mail.text.trim()).not.toBe('');
      for (const part of [mail.subject, mail.html, mail.text]) {
        expect(part).not.toContain('{{');
        expect(part).not.toContain('}}');
      }
    });

    it.each(LANGUAGES)(
      'in %s shows the check-in QR code as the inline image its composer attaches',
      (language) => {
        const data = previewData(name, language) as { qrCid?: string };
        const mail = rendered.get(`${name}.${language}`) as RenderedMail;
        // Many mail clients block data: URIs in <img>; an attachment named by Content-ID shows everywhere.
        if (data.qrCid) expect(mail.html).toContain(`src="cid:${data.qrCid}"`);
        else expect(mail.html).not.toContain('cid:');
      },
    );

    it('in bg keeps the formal register and says time zones as people do', () => {
      const mail = rendered.get(`${name}.bg`) as RenderedMail;
      for (const part of [mail.subject, visibleText(mail.html), mail.text]) {
        expect(part).not.toMatch(TI_FORMS);
        expect(part).not.toMatch(LOWERCASE_FORMAL);
        expect(part).not.toMatch(ZONE_ID);
      }
    });
  });
});
