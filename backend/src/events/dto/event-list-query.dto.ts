import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  EVENT_PERIODS,
  EVENT_STATUSES,
  PAGE_SIZE_MAX,
  type EventPeriod,
  type EventStatus,
} from '@roundtable/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { PageParam, PageSizeParam } from '../../common/paging';

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

  @PageParam()
  page?: number;

  @PageSizeParam(PAGE_SIZE_MAX, 20)
  pageSize?: number;
}
