import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  KEY_POINT_MAX_LENGTH,
  KEY_POINTS_MAX,
  RECOMMENDATION_OWNER_MAX_LENGTH,
  RECOMMENDATION_STATUSES,
  RECOMMENDATION_TEXT_MAX_LENGTH,
  RECOMMENDATIONS_MAX,
  SUMMARY_BODY_MAX_LENGTH,
  type RecommendationInput,
  type RecommendationStatus,
  type SummaryInput,
  type SummaryPreviewInput,
} from '@roundtable/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsPlainText, IsSingleLine } from '../../common/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value;
/** An empty owner or due date means "none". */
const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : trim({ value });

export class RecommendationInputDto implements RecommendationInput {
  @ApiPropertyOptional({ description: 'The id of a recommendation that exists; absent for a new one.' })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @ApiProperty({ example: 'Общината да осигури помещение за общите супервизии на специалистите.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(RECOMMENDATION_TEXT_MAX_LENGTH)
  @IsPlainText()
  text!: string;

  @ApiPropertyOptional({ example: 'Община Пловдив', nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(RECOMMENDATION_OWNER_MAX_LENGTH)
  @IsSingleLine()
  owner?: string | null;

  @ApiPropertyOptional({ example: '2024-12-31', nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Transform(emptyToNull)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  dueDate?: string | null;

  @ApiProperty({ enum: RECOMMENDATION_STATUSES })
  @IsIn(RECOMMENDATION_STATUSES)
  status!: RecommendationStatus;
}

export class SummaryInputDto implements SummaryInput {
  @ApiProperty({ description: 'Markdown; shown through the one sanitiser.' })
  @IsString()
  @MaxLength(SUMMARY_BODY_MAX_LENGTH)
  @IsPlainText()
  body!: string;

  @ApiProperty({ type: [String] })
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(KEY_POINTS_MAX)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(KEY_POINT_MAX_LENGTH, { each: true })
  @IsPlainText({ each: true })
  keyPoints!: string[];

  @ApiProperty({ type: [RecommendationInputDto] })
  @IsArray()
  @ArrayMaxSize(RECOMMENDATIONS_MAX)
  @ValidateNested({ each: true })
  @Type(() => RecommendationInputDto)
  recommendations!: RecommendationInputDto[];
}

export class SummaryPreviewInputDto implements SummaryPreviewInput {
  @ApiProperty()
  @IsString()
  @MaxLength(SUMMARY_BODY_MAX_LENGTH)
  @IsPlainText()
  body!: string;
}
