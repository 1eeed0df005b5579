import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Series } from '@roundtable/contracts';
import { CurrentUser } from '../auth/auth.decorators';
import { AuditChanges } from '../common/audit-log';
import { EventDto } from '../events/dto/event.dto';
import type { UserEntity } from '../users/user.entity';
import { DuplicateEventDto, SeriesDto } from './dto/series.dto';
import { SeriesService } from './series.service';

@ApiTags('series')
@ApiBearerAuth()
@Controller()
export class SeriesController {
  constructor(private readonly series: SeriesService) {}

  @Post('events/:id/duplicate')
  @AuditChanges('event')
  @ApiOperation({
    summary:
      'Next in the series: a draft copy at a new time, with agenda, partners, quotas and the panel as draft invitations (nothing mailed)',
  })
  @ApiCreatedResponse({ type: EventDto })
  duplicate(
    @Param('id') id: string,
    @Body() body: DuplicateEventDto,
    @CurrentUser() author: UserEntity,
  ): Promise<EventDto> {
    return this.series.duplicate(id, body, author);
  }

  @Get('series/:id')
  @ApiOperation({ summary: 'A series: its events, past and upcoming, and their joint attendance' })
  @ApiOkResponse({ type: SeriesDto })
  get(@Param('id') id: string): Promise<Series> {
    return this.series.get(id);
  }
}
