import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AGENDA_LIMITS, type EventStats } from '@roundtable/contracts';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import { arrayBody } from '../common/array-body.pipe';
import { AuditChanges } from '../common/audit-log';
import { PublicCache } from '../common/cache-control';
import type { UserEntity } from '../users/user.entity';
import { AgendaItemInputDto } from './dto/agenda-item-input.dto';
import { CancelEventDto, EventInputDto, EventPatchDto } from './dto/event-input.dto';
import { EventListQueryDto } from './dto/event-list-query.dto';
import { EventDto, EventPageDto } from './dto/event.dto';
import { EventsService } from './events.service';

@ApiTags('events')
@ApiBearerAuth()
@AuditChanges('event')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Post()
  @ApiOperation({ summary: 'Create an event (as a draft)' })
  create(@Body() body: EventInputDto, @CurrentUser() author: UserEntity): Promise<EventDto> {
    return this.events.create(body, author);
  }

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'Published events; with an organiser token, drafts too; with a staff token, their assigned events',
  })
  list(@Query() query: EventListQueryDto, @CurrentUser() viewer?: UserEntity): Promise<EventPageDto> {
    return this.events.list(query, viewer);
  }

  @Get(':idOrSlug')
  @Public()
  @PublicCache(60)
  @ApiOperation({ summary: 'One event by id or slug, with its agenda' })
  find(@Param('idOrSlug') idOrSlug: string, @CurrentUser() viewer?: UserEntity): Promise<EventDto> {
    return this.events.find(idOrSlug, viewer);
  }

  @Patch(':id')
  update(@Param('id') id: string, @Body() body: EventPatchDto): Promise<EventDto> {
    return this.events.update(id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  publish(@Param('id') id: string): Promise<EventDto> {
    return this.events.publish(id);
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Back to draft, while nobody holds, registered for or was invited to the event' })
  unpublish(@Param('id') id: string): Promise<EventDto> {
    return this.events.unpublish(id);
  }

  @Get(':id/calendar-holders/count')
  @ApiOperation({ summary: 'How many people a change of time or place would e-mail now' })
  calendarHolderCount(@Param('id') id: string): Promise<{ count: number }> {
    return this.events.calendarHolderCount(id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@Param('id') id: string, @Body() body: CancelEventDto): Promise<EventDto> {
    return this.events.cancel(id, body.reason);
  }

  @Put(':id/agenda')
  @ApiOperation({ summary: 'Replace the agenda; the order of the array is the order of the items' })
  @ApiBody({ type: [AgendaItemInputDto] })
  @ApiOkResponse({ type: EventDto })
  replaceAgenda(
    @Param('id') id: string,
    @Body(arrayBody(AgendaItemInputDto, AGENDA_LIMITS.items)) items: AgendaItemInputDto[],
  ): Promise<EventDto> {
    return this.events.replaceAgenda(id, items);
  }

  @Get(':id/stats')
  @Roles('admin', 'organizer', 'staff')
  @ApiOperation({
    summary: 'Seats, registrations and check-ins, in all and by sector; also for assigned staff',
  })
  stats(@Param('id') id: string, @CurrentUser() viewer: UserEntity): Promise<EventStats> {
    return this.events.stats(id, viewer);
  }
}
