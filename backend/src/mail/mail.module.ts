import { Global, Module } from '@nestjs/common';
import { MailTransport } from './mail-transport';
import { TEMPLATE_RENDERER_PROVIDER } from './template-renderer.provider';

const PROVIDERS = [MailTransport, TEMPLATE_RENDERER_PROVIDER];

/** The SMTP transport and the templates mail jobs are rendered with. */
@Global()
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class MailModule {}
