import type { Language } from '@roundtable/contracts';
import Handlebars from 'handlebars';
import mjml2html from 'mjml';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

interface CompiledTemplate {
  subject: HandlebarsTemplateDelegate;
  html: HandlebarsTemplateDelegate;
  text: HandlebarsTemplateDelegate;
}

const LANGUAGES: Language[] = ['bg', 'en'];
const CONTENT_MARKER = '<!-- content -->';
const PARTIAL = /\{\{>\s*([\w-]+)\s*\}\}/g;

/**
 * The messages of templates/: one folder per message with `subject.<lang>.hbs`, `body.<lang>.mjml` and
 * `text.<lang>.hbs`, wrapped in `_layout/layout.<lang>.mjml`. MJML is compiled to HTML once, at start; each
 * message is then one Handlebars call. `{{value}}` escapes HTML, so what people typed cannot inject markup.
 */
export class TemplateRenderer {
  private constructor(
    private readonly templates: Map<string, CompiledTemplate>,
    private shared: (language: Language) => object,
  ) {}

  /** Replaces the shared data with what `provide` answers at each render, e.g. the organisation as now set. */
  share(provide: (language: Language) => object): void {
    this.shared = provide;
  }

  /**
   * `shared` is data every message may use (the sending organisation, for the header, the signature and the
   * footer); a caller's own data wins over it.
   */
  static async load(dir: string, shared: object = {}): Promise<TemplateRenderer> {
    if (!existsSync(dir)) throw new Error(`mail templates not found in ${dir}`);
    const handlebars = Handlebars.create();
    const templates = new Map<string, CompiledTemplate>();
    const names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
      .map((entry) => entry.name);
    for (const language of LANGUAGES) {
      const layout = read(join(dir, '_layout', `layout.${language}.mjml`));
      if (!layout.includes(CONTENT_MARKER))
        throw new Error(`_layout/layout.${language}.mjml lacks ${CONTENT_MARKER}`);
      for (const name of names) {
        const folder = join(dir, name);
        const body = withPartials(read(join(folder, `body.${language}.mjml`)), dir, language, 'mjml');
        const source = layout.replace(CONTENT_MARKER, body);
        const { html, errors } = await mjml2html(source, {
          validationLevel: 'strict',
          keepComments: false,
          fonts: {},
        });
        if (errors.length > 0) {
          throw new Error(
            `${name}/body.${language}.mjml: ${errors.map((error) => error.formattedMessage).join('; ')}`,
          );
        }
        const text = withPartials(read(join(folder, `text.${language}.hbs`)), dir, language, 'hbs');
        templates.set(`${name}.${language}`, {
          // A subject is a header, not HTML: `R&D` must arrive as `R&D`, not `R&amp;D`.
          subject: handlebars.compile(read(join(folder, `subject.${language}.hbs`)).trim(), {
            noEscape: true,
            strict: true,
          }),
          html: handlebars.compile(html, { strict: true }),
          // Plain text is not HTML: no entity escaping there.
          text: handlebars.compile(text, { noEscape: true, strict: true }),
        });
      }
    }
    return new TemplateRenderer(templates, () => shared);
  }

  get names(): string[] {
    return [...new Set([...this.templates.keys()].map((key) => key.replace(/\.(bg|en)$/, '')))].sort();
  }

  render(name: string, language: Language, own: object): RenderedMail {
    const template = this.templates.get(`${name}.${language}`);
    if (!template) throw new Error(`no mail template ${name} in ${language}`);
    const data = { ...this.shared(language), ...own };
    return {
      // A subject is one header line whatever the data holds.
      subject: template.subject(data).replace(/\s+/g, ' ').trim(),
      html: template.html(data),
      text:
        template
          .text(data)
          .replace(/\n{3,}/g, '\n\n')
          .trim() + '\n',
    };
  }
}

/**
 * `{{> event}}` stands for `_partials/event.<lang>.mjml` in an MJML body and `_partials/event.<lang>.hbs` in a
 * text body. It is put in place before compiling, not registered as a Handlebars partial, because MJML has to
 * see the sections a partial holds; the result is as if the partial had been written out in the message.
 */
function withPartials(source: string, dir: string, language: Language, extension: 'mjml' | 'hbs'): string {
  return source.replace(PARTIAL, (_marker, name: string) =>
    read(join(dir, '_partials', `${name}.${language}.${extension}`)).trimEnd(),
  );
}

function read(path: string): string {
  if (!existsSync(path)) throw new Error(`missing mail template file ${path}`);
  return readFileSync(path, 'utf8');
}
