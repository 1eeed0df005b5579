import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { SeriesController } from './series.controller';
import { SeriesService } from './series.service';

/** Series of events: "next in the series" and the series page (decision 0034). */
@Module({
  imports: [EventsModule],
  controllers: [SeriesController],
  providers: [SeriesService],
})
export class SeriesModule {}
