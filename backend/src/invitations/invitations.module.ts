import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { InvitationMail } from './invitation-mail';
import { InvitationResponsesController } from './invitation-responses.controller';
import { InvitationResponsesService } from './invitation-responses.service';
import { InvitationScheduler } from './invitation-scheduler';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [EventsModule],
  controllers: [InvitationsController, InvitationResponsesController],
  providers: [InvitationsService, InvitationResponsesService, InvitationMail, InvitationScheduler],
  exports: [InvitationsService, InvitationResponsesService, InvitationScheduler],
})
export class InvitationsModule {}
