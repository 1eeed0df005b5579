import { ApiProperty } from '@nestjs/swagger';
import { ORGANISATION_LIMITS as LIMITS, type OrganisationInput } from '@roundtable/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsPlainText, IsSingleLine } from '../common/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class OrganisationInputDto implements OrganisationInput {
  @ApiProperty({ example: 'Фондация „За Нашите Деца“' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  @IsSingleLine()
  nameBg!: string;

  @ApiProperty({ example: 'For Our Children Foundation' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  @IsSingleLine()
  nameEn!: string;

  @ApiProperty({ example: 'кв. Сердика, ул. „Гюешево“ 21, 1303 София' })
  @Transform(trim)
  @IsString()
  @MaxLength(LIMITS.address)
  @IsSingleLine()
  address!: string;

  @ApiProperty({ example: 'office@example.org', description: 'Empty while there is none.' })
  @Transform(trim)
  @IsString()
  @ValidateIf((input: OrganisationInputDto) => input.contactEmail !== '')
  @IsEmail()
  @MaxLength(LIMITS.email)
  contactEmail!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.privacyNotice)
  @IsPlainText()
  privacyNoticeBg!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.privacyNotice)
  @IsPlainText()
  privacyNoticeEn!: string;

  @ApiProperty({ example: '2026-12' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.privacyNoticeVersion)
  @IsSingleLine()
  privacyNoticeVersion!: string;
}
