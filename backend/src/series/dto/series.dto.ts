import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EVENT_LIMITS,
  EVENT_STATUSES,
  type AttendanceStats,
  type DuplicateEventInput,
  type EventStatus,
  type Series,
  type SeriesEvent,
} from '@roundtable/contracts';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsEventTime, IsSingleLine } from '../../common/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const TIME_HELP = 'ISO 8601. Without an offset, wall-clock time in the time zone of the event duplicated.';

export class DuplicateEventDto implements DuplicateEventInput {
  @ApiProperty({ example: '2027-03-18T10:00', description: `${TIME_HELP} Must lie in the future.` })
  @IsEventTime()
  startsAt!: string;

  @ApiPropertyOptional({
    example: '2027-03-18T13:00',
    description: `${TIME_HELP} By default the new event lasts as long as the one duplicated.`,
  })
  @IsOptional()
  @IsEventTime()
  endsAt?: string;

  @ApiPropertyOptional({ description: 'By default the title of the event duplicated.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(EVENT_LIMITS.title)
  @IsSingleLine()
  title?: string;
}

export class SeriesEventDto implements SeriesEvent {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time', example: '2027-03-18T10:00:00+02:00' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ example: 'Europe/Sofia' }) timezone!: string;
  @ApiProperty({ enum: EVENT_STATUSES }) status!: EventStatus;
  @ApiProperty({ description: 'The event has ended.' }) past!: boolean;
  @ApiProperty({ description: 'Confirmed registrations, walk-ins included.' }) registered!: number;
  @ApiProperty({ description: 'Of them, checked in.' }) checkedIn!: number;
}

export class SeriesDto implements Series {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: "The first event's title." }) title!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [SeriesEventDto], description: 'In time order, past and upcoming.' })
  events!: SeriesEventDto[];
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Attendance of all its events together, as a summary counts it (AttendanceStats): the sums of the events.',
  })
  stats!: AttendanceStats;
}
