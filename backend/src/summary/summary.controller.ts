import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Summary, SummaryPreview } from '@roundtable/contracts';
import { CurrentUser, Public } from '../auth/auth.decorators';
import { AuditChanges } from '../common/audit-log';
import { attachmentDisposition } from '../reports/content-disposition';
import type { UserEntity } from '../users/user.entity';
import { SummaryInputDto, SummaryPreviewInputDto } from './dto/summary.dto';
import { SummaryFiles, type SummaryFile } from './summary-files';
import { SummaryService } from './summary.service';

const download = (file: SummaryFile, type: string) =>
  new StreamableFile(file.bytes, {
    type,
    disposition: attachmentDisposition(file.filename),
    length: file.bytes.length,
  });

@ApiTags('summary')
@ApiBearerAuth()
@Controller('events/:id')
export class SummaryController {
  constructor(
    private readonly summaries: SummaryService,
    private readonly files: SummaryFiles,
  ) {}

  @Get('summary')
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'The summary (id or slug): public once published; organisers always, empty before it is written',
  })
  get(@Param('id') id: string, @CurrentUser() viewer?: UserEntity): Promise<Summary> {
    return this.summaries.get(id, viewer);
  }

  @Put('summary')
  @AuditChanges('summary')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'Replace the summary; recommendations with an id go on (each change kept), left out ones are removed',
  })
  save(@Param('id') id: string, @Body() body: SummaryInputDto): Promise<Summary> {
    return this.summaries.save(id, body);
  }

  @Post('summary/preview')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The Markdown body as the page, the e-mail and the PDF will show it' })
  preview(@Body() body: SummaryPreviewInputDto): SummaryPreview {
    return this.summaries.preview(body.body);
  }

  @Post('summary/publish')
  @AuditChanges('summary')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Publish the summary and e-mail each attendee once; publishing again changes and sends nothing',
  })
  publish(@Param('id') id: string): Promise<Summary> {
    return this.summaries.publish(id);
  }

  @Get('summary.pdf')
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The summary report with attendance charts (A4 PDF): public once published' })
  async pdf(@Param('id') id: string, @CurrentUser() viewer?: UserEntity): Promise<StreamableFile> {
    return download(await this.files.pdf(id, viewer), 'application/pdf');
  }

  @Get('statistics.csv')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Attendance by sector, municipality and organisation as CSV (UTF-8 with BOM)' })
  async statistics(@Param('id') id: string, @CurrentUser() viewer?: UserEntity): Promise<StreamableFile> {
    return download(await this.files.statistics(id, viewer), 'text/csv; charset=utf-8');
  }
}
