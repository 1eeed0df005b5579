import type { Provider } from '@nestjs/common';
import { APP_CONFIG } from '../common/config.token';
import { parseMailbox } from '../calendar/ics';
import type { AppConfig } from '../config/config';
import { TemplateRenderer } from './template-renderer';

/**
 * Compiles every template once, at start; a broken template stops the start instead of a send. E-mails speak
 * for the organisation that sends them: until an admin can set its name, it is MAIL_FROM's display name.
 */
export const TEMPLATE_RENDERER_PROVIDER: Provider = {
  provide: TemplateRenderer,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) =>
    TemplateRenderer.load(config.templatesDir, {
      organisation: { name: parseMailbox(config.mailFrom).name || 'Roundtable' },
    }),
};
