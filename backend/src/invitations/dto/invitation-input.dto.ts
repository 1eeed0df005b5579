import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  INVITATION_LIMITS,
  INVITATION_RESPONSES,
  INVITATION_ROLES,
  LANGUAGES,
  SECTORS,
  type InvitationInput,
  type InvitationResponse,
  type InvitationRole,
  type Language,
  type Sector,
} from '@roundtable/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsEventTime, IsPlainText, IsSingleLine } from '../../common/validators';
import { GuestRegistrationDto } from './guest-registration.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
/** Empty optional cells (a CSV without a position) mean "not given". */
const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === ''
    ? undefined
    : typeof value === 'string'
      ? value.trim()
      : value;

export class InvitationInputDto implements InvitationInput {
  @ApiProperty({ example: 'tbakova@rakovski.bg' })
  @Transform(lower)
  @IsEmail()
  @MaxLength(INVITATION_LIMITS.email)
  email!: string;

  @ApiProperty({ example: 'Татяна Бакова' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(INVITATION_LIMITS.name)
  @IsSingleLine()
  name!: string;

  @ApiProperty({ enum: INVITATION_ROLES })
  @Transform(lower)
  @IsIn(INVITATION_ROLES)
  role!: InvitationRole;

  @ApiPropertyOptional({ example: 'Община Раковски' })
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MaxLength(INVITATION_LIMITS.organization)
  @IsSingleLine()
  organization?: string;

  @ApiPropertyOptional({ example: 'Заместник-кмет' })
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MaxLength(INVITATION_LIMITS.position)
  @IsSingleLine()
  position?: string;

  @ApiPropertyOptional({ enum: SECTORS })
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiPropertyOptional({
    enum: LANGUAGES,
    description: 'The language of the e-mails; the event language when absent.',
  })
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ description: 'A personal note from the organiser, shown in the e-mail.' })
  @IsOptional()
  @IsString()
  @MaxLength(INVITATION_LIMITS.message)
  @IsPlainText()
  message?: string;

  @ApiPropertyOptional({
    example: '2031-05-10T18:00',
    description: 'Without an offset: wall-clock time in the event zone.',
  })
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsEventTime()
  respondBy?: string;
}

export class BulkInvitationDto {
  @ApiPropertyOptional({
    description: 'CSV with a header row: name, email, role, organization, position, sector, language.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(INVITATION_LIMITS.bulkCsv)
  csv?: string;

  @ApiPropertyOptional({ type: [InvitationInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INVITATION_LIMITS.bulkRows)
  rows?: unknown[];

  @ApiPropertyOptional({ description: 'Respond-by date for every row that does not give one.' })
  @IsOptional()
  @IsEventTime()
  respondBy?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(INVITATION_LIMITS.message)
  @IsPlainText()
  message?: string;
}

export class DeputyDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(INVITATION_LIMITS.name)
  @IsSingleLine()
  name!: string;

  @ApiProperty()
  @Transform(lower)
  @IsEmail()
  @MaxLength(INVITATION_LIMITS.email)
  email!: string;
}

export class InvitationResponseDto {
  @ApiProperty({ enum: INVITATION_RESPONSES })
  @IsIn(INVITATION_RESPONSES)
  response!: InvitationResponse;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(INVITATION_LIMITS.comment)
  @IsPlainText()
  comment?: string;

  @ApiPropertyOptional({ type: () => DeputyDto, description: 'With `declined`: who comes instead.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeputyDto)
  deputy?: DeputyDto;

  @ApiPropertyOptional({
    type: () => GuestRegistrationDto,
    description: "With a guest's `accepted`: the registration form's fields, without `email`.",
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => GuestRegistrationDto)
  registration?: GuestRegistrationDto;
}

export class InvitationProfileDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(INVITATION_LIMITS.bio)
  @IsPlainText()
  bio?: string;

  @ApiProperty()
  @IsBoolean()
  publishName!: boolean;

  @ApiProperty()
  @IsBoolean()
  publishPhoto!: boolean;
}
