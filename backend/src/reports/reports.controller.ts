import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public } from '../auth/auth.decorators';
import { PublicCache } from '../common/cache-control';
import type { UserEntity } from '../users/user.entity';
import { attachmentDisposition } from './content-disposition';
import { ReportsService, type PdfFile } from './reports.service';

const pdf = (file: PdfFile) =>
  new StreamableFile(file.bytes, {
    type: 'application/pdf',
    disposition: attachmentDisposition(file.filename),
    length: file.bytes.length,
  });

@ApiTags('reports')
@ApiBearerAuth()
@Controller('events/:id')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('attendance-sheet.pdf')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary: 'The confirmed registrations by surname with a signature column and rows for walk-ins (A4 PDF)',
  })
  async attendanceSheet(@Param('id') id: string): Promise<StreamableFile> {
    return pdf(await this.reports.attendanceSheet(id));
  }

  @Get('badges.pdf')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary: 'Name badges of the confirmed registrations and the programme, eight to an A4 page',
  })
  async badges(@Param('id') id: string): Promise<StreamableFile> {
    return pdf(await this.reports.badges(id));
  }

  @Get('agenda.pdf')
  @Public()
  @PublicCache(60)
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: "The event's agenda (A4 PDF): public once published, a draft's for organisers" })
  async agenda(@Param('id') id: string, @CurrentUser() viewer?: UserEntity): Promise<StreamableFile> {
    return pdf(await this.reports.agenda(id, viewer));
  }
}
