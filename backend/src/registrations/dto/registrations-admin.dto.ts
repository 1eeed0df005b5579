import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BULK_REGISTRATIONS_MAX,
  EVENT_COUNTS_MAX,
  type BulkRegistrationInput,
  type ConfirmRegistrationInput,
} from '@roundtable/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsBoolean, IsOptional, IsUUID } from 'class-validator';

export class BulkRegistrationInputDto implements BulkRegistrationInput {
  @ApiProperty({ type: [String], maxItems: BULK_REGISTRATIONS_MAX })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(BULK_REGISTRATIONS_MAX)
  @IsUUID('all', { each: true })
  ids!: string[];
}

export class ConfirmRegistrationInputDto implements ConfirmRegistrationInput {
  @ApiPropertyOptional({
    description: 'Confirm over the capacity or the quota; the organiser has said so explicitly.',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  override?: boolean;
}

export class EventCountsQueryDto {
  @ApiProperty({ description: 'Event ids, separated by commas.', example: 'id1,id2' })
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value))
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(EVENT_COUNTS_MAX)
  @IsUUID('all', { each: true })
  events!: string[];
}
