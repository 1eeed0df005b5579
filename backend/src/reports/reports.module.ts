import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { ReportPackParts } from './report-pack-parts';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** The event's printed documents: attendance sheet, badges and agenda, as PDF; two of them go in the pack. */
@Module({
  imports: [EventsModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportPackParts],
  exports: [ReportsService],
})
export class ReportsModule {}
