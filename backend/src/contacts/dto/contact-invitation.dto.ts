import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONTACT_LIMITS,
  INVITATION_LIMITS,
  INVITATION_ROLES,
  type ContactInvitationInput,
  type InvitationRole,
} from '@roundtable/contracts';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { IsEventTime, IsPlainText } from '../../common/validators';

export class ContactInvitationDto implements ContactInvitationInput {
  @ApiProperty()
  @IsString()
  @MaxLength(36)
  eventId!: string;

  @ApiProperty({ type: [String], minItems: 1, maxItems: CONTACT_LIMITS.invitationsPerAction })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(CONTACT_LIMITS.invitationsPerAction)
  @IsUUID('all', { each: true })
  contactIds!: string[];

  @ApiProperty({ enum: INVITATION_ROLES })
  @IsIn(INVITATION_ROLES)
  role!: InvitationRole;

  @ApiPropertyOptional({ description: 'A personal note from the organiser, shown in every e-mail.' })
  @IsOptional()
  @IsString()
  @MaxLength(INVITATION_LIMITS.message)
  @IsPlainText()
  message?: string;

  @ApiPropertyOptional({
    example: '2031-05-10T18:00',
    description: 'Without an offset: wall-clock time in the event zone.',
  })
  @IsOptional()
  @IsEventTime()
  respondBy?: string;
}
