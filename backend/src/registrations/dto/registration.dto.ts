import { ApiProperty } from '@nestjs/swagger';
import {
  LANGUAGES,
  REGISTRATION_STATUSES,
  SECTORS,
  type ConsentPurpose,
  type ConsentRecord,
  type Language,
  type Registration,
  type RegistrationListItem,
  type RegistrationPage,
  type RegistrationStatus,
  type Sector,
  type UndeliveredMail,
} from '@roundtable/contracts';

/** OpenAPI shapes of the answers; the service answers the contracts' types, which these mirror. */
export class ConsentRecordDto implements ConsentRecord {
  @ApiProperty() given!: boolean;
  @ApiProperty({
    example: '2026-12',
    description: "The organisation's privacy-notice version when the answer was given or changed.",
  })
  version!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class ConsentRecordsDto implements Record<ConsentPurpose, ConsentRecord> {
  @ApiProperty({ type: ConsentRecordDto }) processing!: ConsentRecordDto;
  @ApiProperty({ type: ConsentRecordDto }) media!: ConsentRecordDto;
  @ApiProperty({ type: ConsentRecordDto }) publishName!: ConsentRecordDto;
  @ApiProperty({ type: ConsentRecordDto }) followUp!: ConsentRecordDto;
}

export class RegistrationDto implements Registration {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty() email!: string;
  @ApiProperty() organization!: string;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
  @ApiProperty({ type: String, nullable: true, example: 'SOF46' }) municipality!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) accessibilityNeeds!: string | null;
  @ApiProperty({ enum: LANGUAGES }) language!: Language;
  @ApiProperty({ enum: REGISTRATION_STATUSES }) status!: RegistrationStatus;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Place in the wait list, 1 = next; null otherwise.',
  })
  waitlistPosition!: number | null;
  @ApiProperty({ type: ConsentRecordsDto }) consents!: ConsentRecordsDto;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) invitationId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Checked in at the door' })
  checkedInAt!: string | null;
  @ApiProperty({ description: 'Registered at the door on the day' }) walkIn!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class UndeliveredMailDto implements UndeliveredMail {
  @ApiProperty({
    enum: ['bounced', 'failed'],
    description: 'bounced: a delivery status notification came back; failed: given up after every retry',
  })
  status!: 'bounced' | 'failed';
  @ApiProperty({
    type: String,
    nullable: true,
    example: '5.1.1 (550 5.1.1 <d.petrova@example.bg>: User unknown)',
  })
  reason!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class RegistrationListItemDto extends RegistrationDto implements RegistrationListItem {
  @ApiProperty({
    type: UndeliveredMailDto,
    nullable: true,
    description: 'The newest e-mail to the person that did not reach them; null once a later one got through',
  })
  undelivered!: UndeliveredMailDto | null;
}

export class RegistrationPageDto implements RegistrationPage {
  @ApiProperty({ type: [RegistrationListItemDto] }) items!: RegistrationListItemDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
