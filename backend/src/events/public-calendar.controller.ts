import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { PublicCache } from '../common/cache-control';
import { PublicCalendarService } from './public-calendar.service';

@ApiTags('calendar')
@Public()
@Controller()
export class PublicCalendarController {
  constructor(private readonly calendars: PublicCalendarService) {}

  @Get('events/:idOrSlug/calendar.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8; method=PUBLISH')
  @Header('Content-Disposition', 'attachment; filename="event.ics"')
  @PublicCache(300)
  @ApiProduces('text/calendar')
  @ApiOperation({ summary: 'One published event as iCalendar (METHOD:PUBLISH)' })
  event(@Param('idOrSlug') idOrSlug: string): Promise<string> {
    return this.calendars.event(idOrSlug);
  }

  @Get('calendar.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8; method=PUBLISH')
  @PublicCache(900)
  @ApiProduces('text/calendar')
  @ApiOperation({ summary: 'A feed of every published event that calendar apps can subscribe to' })
  feed(): Promise<string> {
    return this.calendars.feed();
  }
}
