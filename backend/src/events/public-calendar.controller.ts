import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
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
  @PublicCache(300)
  @ApiProduces('text/calendar')
  @ApiOperation({ summary: 'One published event as iCalendar (METHOD:PUBLISH), saved as <slug>.ics' })
  async event(@Param('idOrSlug') idOrSlug: string): Promise<StreamableFile> {
    const { filename, ics } = await this.calendars.event(idOrSlug);
    // Slugs are ASCII letters, digits and hyphens, so the name needs no quoting beyond the quotes.
    return new StreamableFile(Buffer.from(ics, 'utf8'), {
      disposition: `attachment; filename="${filename}"`,
    });
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
