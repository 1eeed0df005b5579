import { ApiPropertyOptional } from '@nestjs/swagger';
import { PAGE_SIZE_MAX, SECTORS, type ContactListQuery, type Sector } from '@roundtable/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsMunicipalityCode } from '../../common/validators';
import { PageParam, PageSizeParam } from '../../common/paging';

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

  @PageParam()
  page?: number;

  @PageSizeParam(PAGE_SIZE_MAX, 50)
  pageSize?: number;
}
