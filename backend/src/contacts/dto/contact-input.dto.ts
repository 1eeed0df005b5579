import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONTACT_LIMITS,
  LANGUAGES,
  SECTORS,
  type ContactInput,
  type Language,
  type Sector,
} from '@roundtable/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsMunicipalityCode, IsSingleLine } from '../../common/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** An optional field left empty means "none". */
const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : value;
/** A required field may be left out of a PATCH, not set to null. */
const present = (_: object, value: unknown) => value !== undefined;

/** `POST /api/contacts`, and each row of an imported file. */
export class ContactInputDto implements ContactInput {
  @ApiProperty({ example: 'm.petrova@example.bg' })
  @Transform(trim)
  @IsString()
  @MaxLength(CONTACT_LIMITS.email)
  @IsEmail()
  email!: string;

  @ApiProperty({ example: 'Мария' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(CONTACT_LIMITS.name)
  @IsSingleLine()
  firstName!: string;

  @ApiProperty({ example: 'Петрова' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(CONTACT_LIMITS.name)
  @IsSingleLine()
  lastName!: string;

  @ApiPropertyOptional({ example: 'Община Раковски', nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(CONTACT_LIMITS.organization)
  @IsSingleLine()
  organization?: string | null;

  @ApiPropertyOptional({ example: 'Заместник-кмет', nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(CONTACT_LIMITS.position)
  @IsSingleLine()
  position?: string | null;

  @ApiPropertyOptional({ enum: SECTORS, nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @IsIn(SECTORS)
  sector?: Sector | null;

  @ApiPropertyOptional({ example: 'SOF46', nullable: true, description: 'EKATTE code of the municipality.' })
  @IsOptional()
  @Transform(emptyToNull)
  @IsMunicipalityCode()
  municipality?: string | null;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Language of the e-mails; Bulgarian when absent.' })
  @IsOptional()
  @Transform(emptyToNull)
  @IsIn(LANGUAGES)
  language?: Language;
}

/** `PATCH /api/contacts/{id}`: any part of ContactInput; an optional field set to null or '' is cleared. */
export class ContactPatchDto implements Partial<ContactInput> {
  @ApiPropertyOptional()
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @MaxLength(CONTACT_LIMITS.email)
  @IsEmail()
  email?: string;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(CONTACT_LIMITS.name)
  @IsSingleLine()
  firstName?: string;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(CONTACT_LIMITS.name)
  @IsSingleLine()
  lastName?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(CONTACT_LIMITS.organization)
  @IsSingleLine()
  organization?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(CONTACT_LIMITS.position)
  @IsSingleLine()
  position?: string | null;

  @ApiPropertyOptional({ enum: SECTORS, nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @IsIn(SECTORS)
  sector?: Sector | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @IsMunicipalityCode()
  municipality?: string | null;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @ValidateIf(present)
  @IsIn(LANGUAGES)
  language?: Language;
}
