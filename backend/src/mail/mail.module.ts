import { Global, Module } from '@nestjs/common';
import { CalendarHolders } from '../calendar/calendar-holders';
import { LinkTokensService } from '../links/link-tokens.service';
import { MailComposers } from './mail-composers';
import { MailDispatcher } from './mail-dispatcher';
import { MailTransport } from './mail-transport';
import { OutboxService } from './outbox.service';
import { TEMPLATE_RENDERER_PROVIDER } from './template-renderer.provider';

const PROVIDERS = [
  OutboxService,
  MailComposers,
  MailDispatcher,
  MailTransport,
  CalendarHolders,
  LinkTokensService,
  TEMPLATE_RENDERER_PROVIDER,
];

/** The outbox, its dispatcher and everything a feature needs to send mail and calendar invitations. */
@Global()
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class MailModule {}
