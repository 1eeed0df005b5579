import { Injectable } from '@nestjs/common';
import type { UserEntity } from '../users/user.entity';
import { OrganisationService } from '../organisation/organisation.service';
import { renderPdf } from '../reports/pdf';
import { statisticsCsv } from './statistics-csv';
import { summaryPdfDefinition } from './summary-pdf';
import { SummaryService, type SummaryView } from './summary.service';

export interface SummaryFile {
  filename: string;
  bytes: Buffer;
}

/** The summary's downloads: the report PDF and the statistics CSV, also given to the reporting pack. */
@Injectable()
export class SummaryFiles {
  constructor(
    private readonly summaries: SummaryService,
    private readonly organisation: OrganisationService,
  ) {}

  async pdf(idOrSlug: string, viewer?: UserEntity): Promise<SummaryFile> {
    return this.pdfOf(await this.summaries.view(idOrSlug, viewer));
  }

  async statistics(idOrSlug: string, viewer?: UserEntity): Promise<SummaryFile> {
    return this.statisticsOf(await this.summaries.view(idOrSlug, viewer));
  }

  /** The pack's `summary` and `statistics` parts, as organisers see them (published or not). */
  async packPdf(eventId: string): Promise<Buffer> {
    return (await this.pdfOf(await this.summaries.viewForOrganisers(eventId))).bytes;
  }

  async packStatistics(eventId: string): Promise<Buffer> {
    return this.statisticsOf(await this.summaries.viewForOrganisers(eventId)).bytes;
  }

  private statisticsOf({ event, summary }: SummaryView): SummaryFile {
    return {
      filename: `statistics-${event.slug}.csv`,
      bytes: Buffer.from(statisticsCsv(summary.stats, event.language), 'utf8'),
    };
  }

  private async pdfOf({ event, summary }: SummaryView): Promise<SummaryFile> {
    return {
      filename: `summary-${event.slug}.pdf`,
      bytes: await renderPdf(
        summaryPdfDefinition({
          organisationName: this.organisation.forMail(event.language).name,
          event,
          summary,
        }),
      ),
    };
  }
}
