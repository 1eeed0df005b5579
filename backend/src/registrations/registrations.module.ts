import { Module } from '@nestjs/common';
import { RegistrationMail } from './registration-mail';
import { RegistrationsController } from './registrations.controller';
import { RegistrationsService } from './registrations.service';

@Module({
  controllers: [RegistrationsController],
  providers: [RegistrationsService, RegistrationMail],
  exports: [RegistrationsService],
})
export class RegistrationsModule {}
