import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BULK_REGISTRATIONS_MAX,
  type BulkRegistrationInput,
  type ConfirmRegistrationInput,
} from '@roundtable/contracts';
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
