import { ApiProperty } from '@nestjs/swagger';
import {
  STAFF_PER_EVENT_MAX,
  type StaffAssignmentInput,
  type StaffList,
  type StaffMember,
} from '@roundtable/contracts';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';

export class StaffAssignmentDto implements StaffAssignmentInput {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    maxItems: STAFF_PER_EVENT_MAX,
    description:
      "The event's whole staff: active accounts with the role staff. An empty list removes everyone.",
  })
  @IsArray()
  @ArrayMaxSize(STAFF_PER_EVENT_MAX)
  @IsUUID('all', { each: true })
  userIds!: string[];
}

export class StaffMemberDto implements StaffMember {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
}

export class StaffListDto implements StaffList {
  @ApiProperty({ type: [StaffMemberDto] }) items!: StaffMemberDto[];
}
