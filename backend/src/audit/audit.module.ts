import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

/** The audit log kept in the database (decision 0036); `audit()` (common/audit-log.ts) writes to it. */
@Module({
  controllers: [AuditController],
  providers: [AuditService],
})
export class AuditModule {}
