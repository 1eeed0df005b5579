import { Global, Module } from '@nestjs/common';
import { CalendarHolders } from '../calendar/calendar-holders';
import { LinkTokensService } from '../links/link-tokens.service';
import { MailTransport } from './mail-transport';
import { TEMPLATE_RENDERER_PROVIDER } from './template-renderer.provider';

const PROVIDERS = [MailTransport, CalendarHolders, LinkTokensService, TEMPLATE_RENDERER_PROVIDER];

/** The SMTP transport, the templates and what mail jobs need to render calendar invitations. */
@Global()
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class MailModule {}
