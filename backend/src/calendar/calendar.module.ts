import { Global, Module } from '@nestjs/common';
import { CalendarHolders } from './calendar-holders';

/** Who holds an event in a calendar, for every feature that sends or counts calendar invitations. */
@Global()
@Module({ providers: [CalendarHolders], exports: [CalendarHolders] })
export class CalendarModule {}
