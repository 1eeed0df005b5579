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

/** Far beyond any real list, small enough that the offset stays an ordinary SQL number. */
export const MAX_PAGE = 100_000;

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

  // 1e21 is an integer to JavaScript, and (page - 1) * pageSize then broke the SQL: a 500.
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: PAGE_SIZE_MAX, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PAGE_SIZE_MAX)
  pageSize?: number;
}
