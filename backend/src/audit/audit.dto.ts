import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AUDIT_ACTOR_TYPES,
  AUDIT_PAGE_SIZE,
  type AuditActorType,
  type AuditDetailValue,
  type AuditEntry,
  type AuditPage,
  type AuditQuery,
} from '@roundtable/contracts';
import { Transform } from 'class-transformer';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageParam, PageSizeParam } from '../common/paging';

const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || undefined : value;

export class AuditQueryDto implements AuditQuery {
  @ApiPropertyOptional({
    description: "An account's id, or `link`, `system`, `anonymous` for every entry of that kind of actor",
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(36)
  actor?: string;

  @ApiPropertyOptional({
    description: 'An action (`login.failed`) or its family (`login`)',
    example: 'login',
  })
  @IsOptional()
  @Transform(trimmed)
  @Matches(/^[a-z][a-z0-9-]*(\.[a-zA-Z0-9-]+)*$/)
  @MaxLength(60)
  action?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(36)
  eventId?: string;

  @ApiPropertyOptional({ description: 'ISO 8601 instant, inclusive', example: '2026-11-30T22:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'ISO 8601 instant, exclusive' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @PageParam()
  page?: number;

  @PageSizeParam(AUDIT_PAGE_SIZE.max, AUDIT_PAGE_SIZE.default)
  pageSize?: number;
}

/** An event's own history: the admin's filters but the event. */
export class EventAuditQueryDto extends AuditQueryDto {
  @ApiPropertyOptional({ deprecated: true, description: 'Not accepted here: the event is in the path' })
  @IsOptional()
  @MaxLength(0)
  declare eventId?: string;
}

class AuditActorDto {
  @ApiProperty({ enum: AUDIT_ACTOR_TYPES })
  type!: AuditActorType;
  @ApiProperty({ type: String, nullable: true })
  userId!: string | null;
  @ApiProperty({ type: String, nullable: true })
  email!: string | null;
  @ApiProperty({
    nullable: true,
    description: "The registration's or invitation's personal link used",
    example: { type: 'registration', id: '…' },
  })
  link!: AuditEntry['actor']['link'];
}

export class AuditEntryDto implements AuditEntry {
  @ApiProperty()
  id!: string;
  @ApiProperty({ format: 'date-time' })
  at!: string;
  @ApiProperty({ example: 'event.publish' })
  action!: string;
  @ApiProperty({ type: AuditActorDto })
  actor!: AuditActorDto;
  @ApiProperty({ type: String, nullable: true })
  eventId!: string | null;
  @ApiProperty({ nullable: true, example: { type: 'registration', id: '…' } })
  subject!: AuditEntry['subject'];
  @ApiProperty({ type: String, nullable: true })
  ip!: string | null;
  @ApiProperty({ description: 'A few names and values; never a secret', example: { fields: 'title' } })
  detail!: Record<string, AuditDetailValue>;
}

export class AuditPageDto implements AuditPage {
  @ApiProperty({ type: [AuditEntryDto] })
  items!: AuditEntryDto[];
  @ApiProperty()
  total!: number;
  @ApiProperty()
  page!: number;
  @ApiProperty()
  pageSize!: number;
}
