import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffList } from '@roundtable/contracts';
import { StaffAssignmentDto, StaffListDto } from './staff.dto';
import { StaffService } from './staff.service';

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff')
export class StaffAccountsController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @ApiOperation({ summary: 'Active staff accounts, to choose from when assigning staff to an event' })
  @ApiOkResponse({ type: StaffListDto })
  accounts(): Promise<StaffList> {
    return this.staff.accounts();
  }
}

@ApiTags('staff')
@ApiBearerAuth()
@Controller('events/:id/staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @ApiOperation({ summary: 'The staff accounts assigned to check people in at the event' })
  @ApiOkResponse({ type: StaffListDto })
  list(@Param('id') eventId: string): Promise<StaffList> {
    return this.staff.list(eventId);
  }

  @Put()
  @ApiOperation({ summary: "Replace the event's staff; each must be an active account with the role staff" })
  @ApiOkResponse({ type: StaffListDto })
  replace(@Param('id') eventId: string, @Body() body: StaffAssignmentDto): Promise<StaffList> {
    return this.staff.replace(eventId, body.userIds);
  }
}
