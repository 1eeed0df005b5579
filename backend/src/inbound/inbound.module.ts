import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { RegistrationsModule } from '../registrations/registrations.module';
import { InboundMailbox } from './inbound-mailbox';
import { InboundProcessor } from './inbound-processor';

/** Calendar replies and bounces read from the ORGANIZER mailbox (IMAP_URL, decision 0032). */
@Module({
  imports: [InvitationsModule, RegistrationsModule],
  providers: [InboundProcessor, InboundMailbox],
  exports: [InboundProcessor],
})
export class InboundModule {}
