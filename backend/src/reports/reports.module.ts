import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** The event's printed documents: attendance sheet, badges and agenda, as PDF. */
@Module({
  imports: [EventsModule],
  controllers: [ReportsController],
  providers: [ReportsService],
  exports: [ReportsService],
})
export class ReportsModule {}
