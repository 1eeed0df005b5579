import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { RegistrationMail } from './registration-mail';
import { RegistrationReminders } from './registration-reminders';
import { RegistrationSelfServiceController } from './registration-self-service.controller';
import { RegistrationSelfService } from './registration-self-service.service';
import { RegistrationsController } from './registrations.controller';
import { RegistrationsService } from './registrations.service';

@Module({
  imports: [EventsModule],
  controllers: [RegistrationsController, RegistrationSelfServiceController],
  providers: [RegistrationsService, RegistrationMail, RegistrationSelfService, RegistrationReminders],
  exports: [RegistrationsService, RegistrationReminders],
})
export class RegistrationsModule {}
