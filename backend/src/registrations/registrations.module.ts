import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { PackModule } from '../pack/pack.module';
import { RegistrationIntake } from './registration-intake';
import { RegistrationMail } from './registration-mail';
import { RegistrationReminders } from './registration-reminders';
import { RegistrationSelfServiceController } from './registration-self-service.controller';
import { RegistrationSelfService } from './registration-self-service.service';
import { FormTokens } from './form-tokens';
import { RegistrationFormController } from './registration-form.controller';
import { RegistrationsAdminController } from './registrations-admin.controller';
import { RegistrationsAdminService } from './registrations-admin.service';
import { RegistrationsPackPart } from './export/registrations-pack-part';
import { RegistrationsController } from './registrations.controller';
import { RegistrationsService } from './registrations.service';
import { RetentionScheduler } from './retention-scheduler';
import { SeatTransaction } from './seat-transaction';

@Module({
  imports: [EventsModule, PackModule],
  controllers: [
    RegistrationsController,
    RegistrationFormController,
    RegistrationsAdminController,
    RegistrationSelfServiceController,
  ],
  providers: [
    SeatTransaction,
    RegistrationIntake,
    RegistrationsService,
    FormTokens,
    RetentionScheduler,
    RegistrationsAdminService,
    RegistrationMail,
    RegistrationSelfService,
    RegistrationReminders,
    RegistrationsPackPart,
  ],
  exports: [RegistrationsService, RegistrationReminders],
})
export class RegistrationsModule {}
