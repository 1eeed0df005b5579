import { Module } from '@nestjs/common';
import { CalendarChanges } from './calendar-changes';
import { EventsController } from './events.controller';
import { EventsService } from './events.service';

@Module({
  controllers: [EventsController],
  providers: [EventsService, CalendarChanges],
  exports: [EventsService],
})
export class EventsModule {}
