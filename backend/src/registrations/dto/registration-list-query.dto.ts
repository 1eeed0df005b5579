import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  REGISTRATION_SORTS,
  REGISTRATION_STATUSES,
  SECTORS,
  type RegistrationListQuery,
  type RegistrationSort,
  type RegistrationStatus,
  type Sector,
} from '@roundtable/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsMunicipalityCode } from '../../common/validators';
import { PageParam, PageSizeParam } from '../../common/paging';

export class RegistrationListQueryDto implements RegistrationListQuery {
  @ApiPropertyOptional({ enum: REGISTRATION_STATUSES })
  @IsOptional()
  @IsIn(REGISTRATION_STATUSES)
  status?: RegistrationStatus;

  @ApiPropertyOptional({ enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiPropertyOptional({ example: 'SOF46' })
  @IsOptional()
  @IsMunicipalityCode()
  municipality?: string;

  @ApiPropertyOptional({
    description:
      'Only those whose newest finished e-mail bounced or was given up (true), or only the others (false); see `undelivered` on each row.',
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  undelivered?: boolean;

  @ApiPropertyOptional({ description: 'Part of a name, e-mail address or organisation, in any letter case.' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() || undefined : value))
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: REGISTRATION_SORTS, default: 'createdAt' })
  @IsOptional()
  @IsIn(REGISTRATION_SORTS)
  sort?: RegistrationSort;

  @PageParam()
  page?: number;

  @PageSizeParam(100, 50)
  pageSize?: number;
}
