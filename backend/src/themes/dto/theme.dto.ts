import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  RECOMMENDATION_STATUSES,
  THEME_NAME_MAX_LENGTH,
  THEMES_MAX,
  type RecommendationStatus,
  type Theme,
  type ThemeInput,
  type ThemeOrderInput,
  type ThemePage,
  type ThemePatch,
} from '@roundtable/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { IsSingleLine } from '../../common/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ThemeNameDto {
  @ApiProperty() bg!: string;
  @ApiProperty() en!: string;
}

export class ThemeDto implements Theme {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'early-childhood-development' }) slug!: string;
  @ApiProperty({ type: ThemeNameDto }) name!: ThemeNameDto;
  @ApiProperty() position!: number;
  @ApiProperty() retired!: boolean;
}

export class ThemeListDto {
  @ApiProperty({ type: [ThemeDto] }) items!: ThemeDto[];
  @ApiProperty() total!: number;
}

export class ThemeInputDto implements ThemeInput {
  @ApiProperty({ example: 'Ранно детско развитие' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(THEME_NAME_MAX_LENGTH)
  @IsSingleLine()
  nameBg!: string;

  @ApiProperty({ example: 'Early childhood development' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(THEME_NAME_MAX_LENGTH)
  @IsSingleLine()
  nameEn!: string;
}

export class ThemePatchDto implements ThemePatch {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(THEME_NAME_MAX_LENGTH)
  @IsSingleLine()
  nameBg?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(THEME_NAME_MAX_LENGTH)
  @IsSingleLine()
  nameEn?: string;

  @ApiPropertyOptional({
    description: 'true retires the theme (offered for no new event); false brings it back',
  })
  @IsOptional()
  @IsBoolean()
  retired?: boolean;
}

export class ThemeOrderDto implements ThemeOrderInput {
  @ApiProperty({ type: [String], description: 'Every theme id, in the new order.' })
  @IsArray()
  @ArrayMaxSize(THEMES_MAX)
  @IsUUID('all', { each: true })
  ids!: string[];
}

export class PublicEventRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty() timezone!: string;
}

export class PublicRecommendationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, nullable: true }) owner!: string | null;
  @ApiProperty({ type: String, nullable: true }) dueDate!: string | null;
  @ApiProperty({ enum: RECOMMENDATION_STATUSES }) status!: RecommendationStatus;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: [PublicEventRefDto] }) followedUpIn!: PublicEventRefDto[];
}

export class ThemePageEventDto extends PublicEventRefDto {
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty() summaryPublished!: boolean;
  @ApiProperty({ type: [PublicRecommendationDto] }) recommendations!: PublicRecommendationDto[];
}

export class ThemePageDto implements ThemePage {
  @ApiProperty({ type: ThemeDto }) theme!: ThemeDto;
  @ApiProperty({ type: [ThemePageEventDto] }) events!: ThemePageEventDto[];
}
