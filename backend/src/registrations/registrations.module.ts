import { Module } from '@nestjs/common';
import { FormTokens } from './form-tokens';
import { RegistrationFormController } from './registration-form.controller';
import { RegistrationsController } from './registrations.controller';
import { RegistrationsService } from './registrations.service';

@Module({
  controllers: [RegistrationsController, RegistrationFormController],
  providers: [RegistrationsService, FormTokens],
  exports: [RegistrationsService],
})
export class RegistrationsModule {}
