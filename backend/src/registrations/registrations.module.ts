import { Module } from '@nestjs/common';
import { FormTokens } from './form-tokens';
import { RegistrationFormController } from './registration-form.controller';
import { RegistrationsController } from './registrations.controller';
import { RegistrationsService } from './registrations.service';
import { RetentionScheduler } from './retention-scheduler';

@Module({
  controllers: [RegistrationsController, RegistrationFormController],
  providers: [RegistrationsService, FormTokens, RetentionScheduler],
  exports: [RegistrationsService],
})
export class RegistrationsModule {}
