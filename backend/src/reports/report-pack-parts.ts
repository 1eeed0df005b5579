import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PackParts } from '../pack/pack-parts';
import { ReportsService } from './reports.service';

/** The agenda and the attendance sheet as the funder's reporting pack holds them (decision 0024). */
@Injectable()
export class ReportPackParts implements OnModuleInit {
  constructor(
    private readonly parts: PackParts,
    private readonly reports: ReportsService,
  ) {}

  onModuleInit(): void {
    this.parts.register('agenda', async (eventId) => [
      { name: 'agenda.pdf', body: (await this.reports.agendaOf(eventId)).bytes },
    ]);
    this.parts.register('attendance-sheet', async (eventId) => [
      { name: 'attendance-sheet.pdf', body: (await this.reports.attendanceSheet(eventId)).bytes },
    ]);
  }
}
