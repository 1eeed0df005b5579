import { Module } from '@nestjs/common';
import { CalendarChanges } from './calendar-changes';
import { EventsController } from './events.controller';
import { EventsService } from './events.service';
import { PublicCalendarController } from './public-calendar.controller';
import { PublicCalendarService } from './public-calendar.service';

@Module({
  controllers: [EventsController, PublicCalendarController],
  providers: [EventsService, CalendarChanges, PublicCalendarService],
  exports: [EventsService],
})
export class EventsModule {}
