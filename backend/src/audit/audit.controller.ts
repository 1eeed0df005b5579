import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { AuditPageDto, AuditQueryDto, EventAuditQueryDto } from './audit.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('audit')
  @Roles('admin')
  @ApiOperation({ summary: 'The audit log, newest first: filter by actor, action, event and time' })
  @ApiOkResponse({ type: AuditPageDto })
  list(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.audit.list(query);
  }

  @Get('events/:id/audit')
  @ApiOperation({ summary: "One event's history, for its organisers" })
  @ApiOkResponse({ type: AuditPageDto })
  ofEvent(@Param('id') id: string, @Query() query: EventAuditQueryDto): Promise<AuditPageDto> {
    return this.audit.ofEvent(id, query);
  }
}
