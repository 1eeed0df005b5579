import { Module } from '@nestjs/common';
import { FormTokens } from './form-tokens';
import { RegistrationFormController } from './registration-form.controller';
import { RegistrationsAdminController } from './registrations-admin.controller';
import { RegistrationsAdminService } from './registrations-admin.service';
import { RegistrationsController } from './registrations.controller';
import { RegistrationsService } from './registrations.service';
import { RetentionScheduler } from './retention-scheduler';

@Module({
  controllers: [RegistrationsController, RegistrationFormController, RegistrationsAdminController],
  providers: [RegistrationsService, FormTokens, RetentionScheduler, RegistrationsAdminService],
  exports: [RegistrationsService],
})
export class RegistrationsModule {}
