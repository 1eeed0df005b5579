import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LANGUAGES,
  REGISTRATION_LIMITS,
  SECTORS,
  type Language,
  type RegistrationConsentsInput,
  type RegistrationInput,
  type Sector,
} from '@roundtable/contracts';
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
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsSingleLine, IsMunicipalityCode } from '../../common/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** An optional field left empty in the form means "not given". */
const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || undefined : value;

export class RegistrationConsentsDto implements RegistrationConsentsInput {
  @ApiProperty({ enum: [true], description: 'Processing for the event; required.' })
  @Equals(true, { message: 'consents.processing must be true: the event cannot be organised without it' })
  processing!: true;

  @ApiPropertyOptional({ description: 'Photos and recording.' })
  @IsOptional()
  @IsBoolean()
  media?: boolean;

  @ApiPropertyOptional({ description: 'Named in the published participant list and report.' })
  @IsOptional()
  @IsBoolean()
  publishName?: boolean;

  @ApiPropertyOptional({ description: 'Follow-up contact.' })
  @IsOptional()
  @IsBoolean()
  followUp?: boolean;
}

export class RegistrationInputDto implements RegistrationInput {
  @ApiProperty({ example: 'Мария' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(REGISTRATION_LIMITS.name)
  @IsSingleLine()
  firstName!: string;

  @ApiProperty({ example: 'Петрова' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(REGISTRATION_LIMITS.name)
  @IsSingleLine()
  lastName!: string;

  @ApiProperty({ example: 'm.petrova@example.bg' })
  @Transform(trim)
  @IsString()
  @MaxLength(REGISTRATION_LIMITS.email)
  @IsEmail()
  email!: string;

  @ApiProperty({ example: 'Община Раковски' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(REGISTRATION_LIMITS.organization)
  @IsSingleLine()
  organization!: string;

  @ApiPropertyOptional({ example: 'Директор на дирекция' })
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MaxLength(REGISTRATION_LIMITS.position)
  @IsSingleLine()
  position?: string;

  @ApiProperty({ enum: SECTORS })
  @IsIn(SECTORS)
  sector!: Sector;

  @ApiPropertyOptional({ example: 'SOF46', description: 'EKATTE code of the municipality.' })
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsMunicipalityCode()
  municipality?: string;

  @ApiPropertyOptional({ example: '+359 2 123 4567' })
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MaxLength(REGISTRATION_LIMITS.phone)
  @Matches(REGISTRATION_LIMITS.phonePattern, { message: 'phone must be a telephone number' })
  phone?: string;

  @ApiPropertyOptional({ description: 'What the person needs to take part (access, interpretation, diet).' })
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MaxLength(REGISTRATION_LIMITS.accessibilityNeeds)
  accessibilityNeeds?: string;

  @ApiPropertyOptional({
    enum: LANGUAGES,
    description: 'Language of the e-mails; the event language when absent.',
  })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiProperty({ type: () => RegistrationConsentsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RegistrationConsentsDto)
  consents!: RegistrationConsentsDto;
}
