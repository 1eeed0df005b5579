import { Module } from '@nestjs/common';
import { RegistrationsAdminController } from './registrations-admin.controller';
import { RegistrationsAdminService } from './registrations-admin.service';
import { RegistrationsController } from './registrations.controller';
import { RegistrationsService } from './registrations.service';

@Module({
  controllers: [RegistrationsController, RegistrationsAdminController],
  providers: [RegistrationsService, RegistrationsAdminService],
  exports: [RegistrationsService],
})
export class RegistrationsModule {}
