import type { Provider } from '@nestjs/common';
import { APP_CONFIG } from '../common/config.token';
import type { AppConfig } from '../config/config';
import { TemplateRenderer } from './template-renderer';

/** Compiles every template once, at start; a broken template stops the start instead of a send. */
export const TEMPLATE_RENDERER_PROVIDER: Provider = {
  provide: TemplateRenderer,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => TemplateRenderer.load(config.templatesDir),
};
