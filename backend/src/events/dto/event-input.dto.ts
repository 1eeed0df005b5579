import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  EVENT_LIMITS,
  EVENT_THEMES_MAX,
  LANGUAGES,
  MAX_SEATS,
  REGISTRATION_MODES,
  SECTORS,
  type EventInput,
  type Language,
  type RegistrationMode,
  type Sector,
} from '@roundtable/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  IsEventTime,
  IsIanaTimezone,
  IsPlainText,
  IsSectorQuotas,
  IsSingleLine,
} from '../../common/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value;

const TIME_EXAMPLE = '2026-05-21T10:00:00+03:00';
const TIME_HELP = 'ISO 8601. Without an offset, wall-clock time in the event time zone.';

export class VenueDto {
  @ApiProperty({ example: 'Зала „Сердика“' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(EVENT_LIMITS.venueName)
  @IsSingleLine()
  name!: string;

  @ApiProperty({ example: 'ул. „Гюешево“ 21' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(EVENT_LIMITS.venueAddress)
  @IsSingleLine()
  address!: string;

  @ApiProperty({ example: 'София' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(EVENT_LIMITS.venueCity)
  @IsSingleLine()
  city!: string;
}

export class EventInputDto implements EventInput {
  @ApiProperty({ example: 'Кръгла маса „Добри практики за ранното детско развитие“' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(EVENT_LIMITS.title)
  @IsSingleLine()
  title!: string;

  @ApiProperty({ description: 'Plain text; blank lines separate paragraphs.' })
  @IsString()
  @MaxLength(EVENT_LIMITS.description)
  @IsPlainText()
  description!: string;

  @ApiProperty({ example: TIME_EXAMPLE, description: TIME_HELP })
  @IsEventTime()
  startsAt!: string;

  @ApiProperty({ example: '2026-05-21T13:00:00+03:00', description: TIME_HELP })
  @IsEventTime()
  endsAt!: string;

  @ApiPropertyOptional({ example: 'Europe/Sofia', description: 'IANA zone; DEFAULT_TIMEZONE when absent.' })
  @IsOptional()
  @IsIanaTimezone()
  timezone?: string;

  @ApiProperty({ enum: LANGUAGES })
  @IsIn(LANGUAGES)
  language!: Language;

  @ApiProperty({ type: () => VenueDto })
  @ValidateNested()
  @Type(() => VenueDto)
  venue!: VenueDto;

  @ApiPropertyOptional({ nullable: true, example: 'https://meet.example.org/roundtable' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(EVENT_LIMITS.onlineUrl)
  onlineUrl?: string | null;

  @ApiProperty({ minimum: 1, maximum: MAX_SEATS, description: 'Participant seats.' })
  @IsInt()
  @Min(1)
  @Max(MAX_SEATS)
  capacity!: number;

  @ApiProperty({ enum: REGISTRATION_MODES })
  @IsIn(REGISTRATION_MODES)
  registrationMode!: RegistrationMode;

  @ApiPropertyOptional({ nullable: true, description: TIME_HELP })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsEventTime()
  registrationOpensAt?: string | null;

  @ApiPropertyOptional({ nullable: true, description: TIME_HELP })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsEventTime()
  registrationClosesAt?: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer' },
    nullable: true,
    description: `Maximum seats per sector (${SECTORS.join(', ')}).`,
    example: { municipal: 15, health: 10 },
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsSectorQuotas()
  sectorQuotas?: Partial<Record<Sector, number>> | null;

  @ApiPropertyOptional({ type: [String], example: ['The Human Safety Net България'] })
  @IsOptional()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(EVENT_LIMITS.partners)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(EVENT_LIMITS.partnerName, { each: true })
  @IsSingleLine({ each: true })
  partners?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Theme ids (GET /api/themes).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EVENT_THEMES_MAX)
  @IsUUID('all', { each: true })
  themeIds?: string[];
}

export class EventPatchDto extends PartialType(EventInputDto) {}

export class CancelEventDto {
  @ApiPropertyOptional({ description: 'Told to everyone who holds the event in their calendar.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(EVENT_LIMITS.cancellationReason)
  @IsPlainText()
  reason?: string;
}
