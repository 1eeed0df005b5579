import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { RegistrationsModule } from '../registrations/registrations.module';
import { GuestSeats } from './guest-seats';
import { InvitationMail } from './invitation-mail';
import { InvitationResponsesController } from './invitation-responses.controller';
import { InvitationResponsesService } from './invitation-responses.service';
import { InvitationScheduler } from './invitation-scheduler';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [EventsModule, RegistrationsModule],
  controllers: [InvitationsController, InvitationResponsesController],
  providers: [
    InvitationsService,
    InvitationResponsesService,
    InvitationMail,
    InvitationScheduler,
    GuestSeats,
  ],
  exports: [InvitationsService, InvitationResponsesService, InvitationScheduler],
})
export class InvitationsModule {}
