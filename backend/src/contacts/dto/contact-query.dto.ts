import { ApiPropertyOptional } from '@nestjs/swagger';
import { PAGE_SIZE_MAX, SECTORS, type ContactListQuery, type Sector } from '@roundtable/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsMunicipalityCode } from '../../common/validators';

export class ContactListQueryDto implements ContactListQuery {
  @ApiPropertyOptional({ description: 'Part of a name, e-mail address or organisation, in any letter case.' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() || undefined : value))
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiPropertyOptional({ example: 'SOF46' })
  @IsOptional()
  @IsMunicipalityCode()
  municipality?: string;

  @ApiPropertyOptional({ description: 'Only those who consented (true) or did not (false) to follow-up.' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  followUp?: boolean;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: PAGE_SIZE_MAX, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PAGE_SIZE_MAX)
  pageSize?: number;
}
