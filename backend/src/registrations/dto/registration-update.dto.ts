import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '@roundtable/contracts';
import { Transform, Type } from 'class-transformer';
import {
  Equals,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsMunicipalityCode, IsSingleLine } from '../../common/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** In an edit, an optional field emptied means "remove it", unlike in the form where it means "not given". */
const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : value;
/** A required field may be left out of a PATCH, not set to null. */
const present = (_: object, value: unknown) => value !== undefined;

export class RegistrationConsentsUpdateDto {
  @ApiPropertyOptional({
    enum: [true],
    description:
      'Cannot be withdrawn here: withdrawing it is cancelling and deleting one’s data (anonymise).',
  })
  @IsOptional()
  @Equals(true, { message: 'consents.processing cannot be withdrawn; cancel and delete your data instead' })
  processing?: true;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  media?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  publishName?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  followUp?: boolean;
}

/**
 * What a registrant may change through the manage link. Not the e-mail: it is who they are for "one registration
 * per e-mail", and a new address is a new registration. Not the sector: changing it would move them past a full
 * sector's quota (or take a seat counted for another sector); to change it they cancel and register again.
 */
export class RegistrationUpdateDto {
  @ApiPropertyOptional()
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @IsSingleLine()
  firstName?: string;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @IsSingleLine()
  lastName?: string;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @IsSingleLine()
  organization?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(200)
  @IsSingleLine()
  position?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @IsMunicipalityCode()
  municipality?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(40)
  @Matches(/^\+?[0-9][0-9 ()./-]{4,}$/, { message: 'phone must be a telephone number' })
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(1000)
  accessibilityNeeds?: string | null;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Language of the e-mails.' })
  @ValidateIf(present)
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ type: () => RegistrationConsentsUpdateDto })
  @ValidateIf(present)
  @IsObject()
  @ValidateNested()
  @Type(() => RegistrationConsentsUpdateDto)
  consents?: RegistrationConsentsUpdateDto;
}

/** A lost manage link, asked for again by the address it was sent to. */
export class LostLinkDto {
  @ApiProperty({ example: 'm.petrova@example.bg' })
  @Transform(trim)
  @IsString()
  @MaxLength(254)
  @IsEmail()
  email!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  eventId!: string;
}
