import { Module, type OnModuleInit } from '@nestjs/common';
import { PackParts } from '../pack/pack-parts';
import { SummaryController } from './summary.controller';
import { SummaryFiles } from './summary-files';
import { SummaryMail } from './summary-mail';
import { SummaryService } from './summary.service';

/** The summary after an event: editor API, publishing with its e-mails, the PDF report and the statistics. */
@Module({
  controllers: [SummaryController],
  providers: [SummaryService, SummaryMail, SummaryFiles],
  exports: [SummaryService],
})
export class SummaryModule implements OnModuleInit {
  constructor(
    private readonly packParts: PackParts,
    private readonly files: SummaryFiles,
  ) {}

  onModuleInit(): void {
    this.packParts.register('summary', async (eventId) => [
      { name: 'summary.pdf', body: await this.files.packPdf(eventId) },
    ]);
    this.packParts.register('statistics', async (eventId) => [
      { name: 'statistics.csv', body: await this.files.packStatistics(eventId) },
    ]);
  }
}
