import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseEnumPipe,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  BULK_REGISTRATION_ACTIONS,
  type BulkRegistrationAction,
  type BulkRegistrationResult,
  type EventCountsById,
  type Registration,
} from '@roundtable/contracts';
import { Readable } from 'node:stream';
import { AuditChanges } from '../common/audit-log';
import {
  BulkRegistrationInputDto,
  ConfirmRegistrationInputDto,
  EventCountsQueryDto,
} from './dto/registrations-admin.dto';
import { RegistrationDto } from './dto/registration.dto';
import { RegistrationsAdminService } from './registrations-admin.service';

@ApiTags('registrations')
@ApiBearerAuth()
@AuditChanges('registration')
@Controller()
export class RegistrationsAdminController {
  constructor(private readonly admin: RegistrationsAdminService) {}

  @Get('registrations/counts')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: "For the dashboard: each event's registrations and invitations by status" })
  counts(@Query() query: EventCountsQueryDto): Promise<EventCountsById> {
    return this.admin.counts(query.events);
  }

  @Get('events/:id/registrations.csv')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'Every registration of the event as CSV (UTF-8 with BOM), saved as <slug>-registrations.csv',
  })
  async csv(@Param('id') eventId: string): Promise<StreamableFile> {
    const { filename, rows } = await this.admin.csv(eventId);
    return new StreamableFile(Readable.from(rows), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${filename}"`,
    });
  }

  @Post('events/:id/registrations/:action')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Approve or reject many registrations in one transaction; one answer per id' })
  bulk(
    @Param('id') eventId: string,
    @Param('action', new ParseEnumPipe(Object.fromEntries(BULK_REGISTRATION_ACTIONS.map((a) => [a, a]))))
    action: BulkRegistrationAction,
    @Body() body: BulkRegistrationInputDto,
  ): Promise<BulkRegistrationResult> {
    return this.admin.bulk(eventId, action, body.ids);
  }

  @Post('registrations/:id/confirm')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'A wait-listed registration takes a seat; over the capacity or quota only with override',
  })
  @ApiOkResponse({ type: RegistrationDto })
  confirm(@Param('id') id: string, @Body() body: ConfirmRegistrationInputDto): Promise<Registration> {
    return this.admin.confirm(id, body.override === true);
  }
}
