import { Global, Module } from '@nestjs/common';
import { StaffAccess } from './staff-access';
import { StaffAccountsController, StaffController } from './staff.controller';
import { StaffService } from './staff.service';

/** Staff assigned to events; global, as events and check-in both ask who may work which door. */
@Global()
@Module({
  controllers: [StaffAccountsController, StaffController],
  providers: [StaffService, StaffAccess],
  exports: [StaffAccess],
})
export class StaffModule {}
