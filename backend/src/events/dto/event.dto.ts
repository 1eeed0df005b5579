import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGENDA_ITEM_KINDS,
  EVENT_STATUSES,
  LANGUAGES,
  REGISTRATION_MODES,
  type AgendaItem,
  type AgendaItemKind,
  type Event,
  type EventStatus,
  type Language,
  type RegistrationMode,
  type Sector,
} from '@roundtable/contracts';
import { ThemeDto } from '../../themes/dto/theme.dto';
import { VenueDto } from './event-input.dto';

export class AgendaItemDto implements AgendaItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() position!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ enum: AGENDA_ITEM_KINDS }) kind!: AgendaItemKind;
  @ApiProperty({ type: [String] }) speakerIds!: string[];
}

export class EventDto implements Event {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ format: 'date-time', example: '2026-05-21T10:00:00+03:00' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ example: 'Europe/Sofia' }) timezone!: string;
  @ApiProperty({ enum: LANGUAGES }) language!: Language;
  @ApiProperty({ type: () => VenueDto }) venue!: VenueDto;
  @ApiProperty({ type: String, nullable: true }) onlineUrl!: string | null;
  @ApiProperty() capacity!: number;
  @ApiProperty({ enum: REGISTRATION_MODES }) registrationMode!: RegistrationMode;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) registrationOpensAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) registrationClosesAt!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } })
  sectorQuotas!: Partial<Record<Sector, number>>;
  @ApiProperty({ type: [String] }) partners!: string[];
  @ApiProperty({ type: [ThemeDto] }) themes!: ThemeDto[];
  @ApiPropertyOptional({
    description:
      'Seats nobody holds yet (capacity less confirmed registrations and seats held by guest invitations). ' +
      'Only on one event read by id or slug; a hint, the registration decides.',
  })
  seatsLeft?: number;
  @ApiProperty({ enum: EVENT_STATUSES }) status!: EventStatus;
  @ApiProperty({
    description: 'iTIP SEQUENCE; rises when time, venue or status of a published event change.',
  })
  sequence!: number;
  @ApiProperty({ type: String, nullable: true }) cancellationReason!: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: [AgendaItemDto] }) agenda!: AgendaItemDto[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The series it belongs to.' })
  seriesId!: string | null;
  @ApiProperty({
    type: 'object',
    properties: { google: { type: 'string' }, outlook: { type: 'string' }, ics: { type: 'string' } },
  })
  calendarLinks!: { google: string; outlook: string; ics: string };
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class EventPageDto {
  @ApiProperty({ type: [EventDto] }) items!: EventDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
