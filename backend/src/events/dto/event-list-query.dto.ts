import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  EVENT_PERIODS,
  EVENT_STATUSES,
  PAGE_SIZE_MAX,
  type EventPeriod,
  type EventStatus,
} from '@roundtable/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class EventListQueryDto {
  @ApiPropertyOptional({ enum: EVENT_PERIODS, description: 'Upcoming: not yet ended. Past: ended.' })
  @IsOptional()
  @IsIn(EVENT_PERIODS)
  when?: EventPeriod;

  @ApiPropertyOptional({
    enum: EVENT_STATUSES,
    description: 'Organisers only; the public sees published events.',
  })
  @IsOptional()
  @IsIn(EVENT_STATUSES)
  status?: EventStatus;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: PAGE_SIZE_MAX, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PAGE_SIZE_MAX)
  pageSize?: number;
}
