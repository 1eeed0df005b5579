import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHECKIN_PAGE_SIZE_DEFAULT,
  CHECKIN_QUERY_MAX_LENGTH,
  PAGE_SIZE_MAX,
  REGISTRATION_LIMITS,
  SECTORS,
  type CheckInInput,
  type CheckInResult,
  type CheckinPeoplePage,
  type CheckinPerson,
  type Sector,
  type UndoCheckInResult,
  type WalkInInput,
} from '@roundtable/contracts';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsSingleLine } from '../../common/validators';
import { PageParam, PageSizeParam } from '../../common/paging';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || undefined : value;

export class CheckinPeopleQueryDto {
  @ApiPropertyOptional({
    description: 'Part of a first or last name or of the organisation, in any letter case',
    example: 'петрова',
  })
  @IsOptional()
  @IsString()
  @MaxLength(CHECKIN_QUERY_MAX_LENGTH)
  q?: string;

  @PageParam()
  page?: number;

  @PageSizeParam(PAGE_SIZE_MAX, CHECKIN_PAGE_SIZE_DEFAULT)
  pageSize?: number;
}

export class CheckInInputDto implements CheckInInput {
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'When a phone recorded the check-in offline; not in the future, not before the registration',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  // An instant: without its offset, the server's own zone would decide what the phone meant.
  @Matches(/T.*(Z|[+-]\d{2}:?\d{2})$/, {
    message: 'at must be a date and time with its offset, e.g. 2031-05-21T07:05:00Z',
  })
  at?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The event the door is for; a code of another is refused',
  })
  @IsOptional()
  @IsUUID()
  eventId?: string;
}

export class WalkInInputDto implements WalkInInput {
  @ApiProperty({ example: 'Иван' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(REGISTRATION_LIMITS.name)
  @IsSingleLine()
  firstName!: string;

  @ApiProperty({ example: 'Георгиев' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(REGISTRATION_LIMITS.name)
  @IsSingleLine()
  lastName!: string;

  @ApiPropertyOptional({
    example: 'i.georgiev@example.bg',
    description: 'For the summary and materials later',
  })
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MaxLength(REGISTRATION_LIMITS.email)
  @IsEmail()
  email?: string;

  @ApiProperty({ example: 'РЗИ Пловдив' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(REGISTRATION_LIMITS.organization)
  @IsSingleLine()
  organization!: string;

  @ApiPropertyOptional({ example: 'Главен експерт' })
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MaxLength(REGISTRATION_LIMITS.position)
  @IsSingleLine()
  position?: string;

  @ApiProperty({ enum: SECTORS })
  @IsIn(SECTORS)
  sector!: Sector;

  @ApiPropertyOptional({ description: "Over the capacity or the sector's quota, decided at the door" })
  @IsOptional()
  @IsBoolean()
  override?: boolean;
}

export class CheckinPersonDto implements CheckinPerson {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty() organization!: string;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The first check-in' })
  checkedInAt!: string | null;
  @ApiProperty() walkIn!: boolean;
}

export class CheckinPeoplePageDto implements CheckinPeoplePage {
  @ApiProperty({ type: [CheckinPersonDto] }) items!: CheckinPersonDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class CheckInResultDto implements CheckInResult {
  @ApiProperty({ type: CheckinPersonDto }) person!: CheckinPersonDto;
  @ApiProperty({ description: 'Checked in before; person.checkedInAt is the first time' }) already!: boolean;
}

export class UndoCheckInResultDto implements UndoCheckInResult {
  @ApiProperty({ type: CheckinPersonDto }) person!: CheckinPersonDto;
}
