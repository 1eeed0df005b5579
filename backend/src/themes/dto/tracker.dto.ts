import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  RECOMMENDATION_NOTE_MAX_LENGTH,
  RECOMMENDATION_STATUSES,
  TRACKER_OVERDUE_VALUES,
  TRACKER_PAGE_SIZE_MAX,
  type EventRef,
  type FollowUp,
  type FollowUpInput,
  type RecommendationStatus,
  type RecommendationStatusInput,
  type TrackedChange,
  type TrackedRecommendation,
  type TrackerPage,
  type TrackerQuery,
} from '@roundtable/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsPlainText } from '../../common/validators';
import { PageParam, PageSizeParam } from '../../common/paging';

const blankToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || undefined : value;
const blankToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : value;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MESSAGE = { message: '$property must be a date written YYYY-MM-DD' };

export class TrackerQueryDto implements TrackerQuery {
  @ApiPropertyOptional({ description: 'A theme id or slug.' })
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(160)
  theme?: string;

  @ApiPropertyOptional({ enum: RECOMMENDATION_STATUSES })
  @IsOptional()
  @IsIn(RECOMMENDATION_STATUSES)
  status?: RecommendationStatus;

  @ApiPropertyOptional({ description: 'The owner exactly as written (GET /api/recommendations/owners).' })
  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  @MaxLength(200)
  owner?: string;

  @ApiPropertyOptional({ description: 'Due on or after this day (YYYY-MM-DD).' })
  @IsOptional()
  @Matches(DAY, DAY_MESSAGE)
  @IsISO8601({ strict: true })
  dueFrom?: string;

  @ApiPropertyOptional({ description: 'Due on or before this day (YYYY-MM-DD).' })
  @IsOptional()
  @Matches(DAY, DAY_MESSAGE)
  @IsISO8601({ strict: true })
  dueTo?: string;

  @ApiPropertyOptional({ enum: TRACKER_OVERDUE_VALUES })
  @IsOptional()
  @IsIn(TRACKER_OVERDUE_VALUES)
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  eventId?: string;

  @PageParam()
  page?: number;

  @PageSizeParam(TRACKER_PAGE_SIZE_MAX, 20)
  pageSize?: number;
}

export class RecommendationStatusDto implements RecommendationStatusInput {
  @ApiProperty({ enum: RECOMMENDATION_STATUSES })
  @IsIn(RECOMMENDATION_STATUSES)
  status!: RecommendationStatus;

  @ApiPropertyOptional({ nullable: true, example: 'Общината предостави зала от 1 март.' })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @MaxLength(RECOMMENDATION_NOTE_MAX_LENGTH)
  @IsPlainText()
  note?: string | null;
}

export class FollowUpInputDto implements FollowUpInput {
  @ApiProperty({ format: 'uuid', description: 'The later event.' })
  @IsUUID('all')
  eventId!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @MaxLength(RECOMMENDATION_NOTE_MAX_LENGTH)
  @IsPlainText()
  note?: string | null;
}

export class EventRefDto implements EventRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty() timezone!: string;
}

export class TrackedChangeDto implements TrackedChange {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, nullable: true }) owner!: string | null;
  @ApiProperty({ type: String, nullable: true }) dueDate!: string | null;
  @ApiProperty({ enum: RECOMMENDATION_STATUSES }) status!: RecommendationStatus;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class FollowUpDto implements FollowUp {
  @ApiProperty({ type: EventRefDto }) event!: EventRefDto;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class TrackedRecommendationDto implements TrackedRecommendation {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, nullable: true }) owner!: string | null;
  @ApiProperty({ type: String, nullable: true }) dueDate!: string | null;
  @ApiProperty({ enum: RECOMMENDATION_STATUSES }) status!: RecommendationStatus;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: EventRefDto }) event!: EventRefDto;
  @ApiProperty({ type: [String], description: 'Theme ids of the event.' }) themes!: string[];
  @ApiProperty() overdue!: boolean;
  @ApiProperty() summaryPublished!: boolean;
  @ApiProperty({ type: [TrackedChangeDto] }) history!: TrackedChangeDto[];
  @ApiProperty({ type: [FollowUpDto] }) followUps!: FollowUpDto[];
}

export class TrackerPageDto implements TrackerPage {
  @ApiProperty({ type: [TrackedRecommendationDto] }) items!: TrackedRecommendationDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class OwnerListDto {
  @ApiProperty({ type: [String] }) items!: string[];
  @ApiProperty() total!: number;
}
