import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  WEBHOOK_DELIVERY_STATES,
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_LIMITS,
  type WebhookDelivery,
  type WebhookDeliveryList,
  type WebhookDeliveryState,
  type WebhookEndpoint,
  type WebhookEndpointInput,
  type WebhookEndpointList,
  type WebhookEndpointPatch,
  type WebhookEndpointWithSecret,
  type WebhookEventType,
  type WebhookResendResult,
} from '@roundtable/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { IsSingleLine, IsWebhookUrl } from '../common/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class WebhookEndpointInputDto implements WebhookEndpointInput {
  @ApiProperty({
    example: 'https://crm.partner.example.org/hooks/roundtable',
    maxLength: WEBHOOK_LIMITS.url,
    description: 'https only; no user name or password; no loopback or private address (decision 0035)',
  })
  @Transform(trim)
  @IsString()
  @MaxLength(WEBHOOK_LIMITS.url)
  @IsWebhookUrl()
  url!: string;

  @ApiPropertyOptional({ example: 'CRM на партньора', maxLength: WEBHOOK_LIMITS.description })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(WEBHOOK_LIMITS.description)
  @IsSingleLine()
  description?: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true, example: ['registration.created'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  eventTypes!: WebhookEventType[];

  @ApiPropertyOptional({ default: true, description: 'False: paused, no deliveries' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class WebhookEndpointPatchDto implements WebhookEndpointPatch {
  @ApiPropertyOptional({ maxLength: WEBHOOK_LIMITS.url })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(WEBHOOK_LIMITS.url)
  @IsWebhookUrl()
  url?: string;

  @ApiPropertyOptional({ maxLength: WEBHOOK_LIMITS.description })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(WEBHOOK_LIMITS.description)
  @IsSingleLine()
  description?: string;

  @ApiPropertyOptional({ enum: WEBHOOK_EVENT_TYPES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  eventTypes?: WebhookEventType[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class WebhookEndpointDto implements WebhookEndpoint {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() url!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true }) eventTypes!: WebhookEventType[];
  @ApiProperty() active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class WebhookEndpointWithSecretDto extends WebhookEndpointDto implements WebhookEndpointWithSecret {
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'The signing secret; shown only in this answer',
  })
  secret!: string;
}

export class WebhookEndpointListDto implements WebhookEndpointList {
  @ApiProperty({ type: [WebhookEndpointDto] }) items!: WebhookEndpointDto[];
  @ApiProperty() total!: number;
}

export class WebhookDeliveryDto implements WebhookDelivery {
  @ApiProperty({ format: 'uuid', description: 'The webhook-id header, the same on every attempt' })
  id!: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES }) type!: WebhookEventType;
  @ApiProperty({ enum: WEBHOOK_DELIVERY_STATES }) state!: WebhookDeliveryState;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastAttemptAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) lastStatus!: number | null;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) nextAttemptAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) deliveredAt!: string | null;
}

export class WebhookDeliveryListDto implements WebhookDeliveryList {
  @ApiProperty({ type: [WebhookDeliveryDto] }) items!: WebhookDeliveryDto[];
  @ApiProperty() total!: number;
}

export class WebhookResendResultDto implements WebhookResendResult {
  @ApiProperty({ description: 'Failed deliveries sent again, each with its webhook-id and body' })
  resent!: number;
}
