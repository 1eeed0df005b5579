import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CheckInResult, CheckinPeoplePage, UndoCheckInResult } from '@roundtable/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { UserEntity } from '../users/user.entity';
import { CheckinService } from './checkin.service';
import {
  CheckInInputDto,
  CheckInResultDto,
  CheckinPeoplePageDto,
  CheckinPeopleQueryDto,
  UndoCheckInResultDto,
  WalkInInputDto,
} from './dto/checkin.dto';

/** The door: for organisers, admins, and the staff assigned to the event (checked in the service). */
@ApiTags('check-in')
@ApiBearerAuth()
@Roles('admin', 'organizer', 'staff')
@Controller()
export class CheckinController {
  constructor(private readonly checkin: CheckinService) {}

  @Get('events/:id/check-in/people')
  @ApiOperation({ summary: 'Confirmed people and walk-ins, by last name; q searches names and organisation' })
  @ApiOkResponse({ type: CheckinPeoplePageDto })
  people(
    @Param('id') eventId: string,
    @Query() query: CheckinPeopleQueryDto,
    @CurrentUser() user: UserEntity,
  ): Promise<CheckinPeoplePage> {
    return this.checkin.people(eventId, user, query);
  }

  @Post('registrations/:id/check-in')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Check a confirmed registration in; a second time answers already with the first time',
  })
  @ApiOkResponse({ type: CheckInResultDto })
  checkIn(
    @Param('id') id: string,
    @Body() body: CheckInInputDto,
    @CurrentUser() user: UserEntity,
  ): Promise<CheckInResult> {
    return this.checkin.checkIn(id, user, body);
  }

  @Delete('registrations/:id/check-in')
  @ApiOperation({ summary: 'Undo a mistaken check-in; harmless when not checked in' })
  @ApiOkResponse({ type: UndoCheckInResultDto })
  undo(@Param('id') id: string, @CurrentUser() user: UserEntity): Promise<UndoCheckInResult> {
    return this.checkin.undo(id, user);
  }

  @Post('events/:id/walk-ins')
  @ApiOperation({
    summary: 'Register and check in someone at the door; within the capacity and quota, or with override',
  })
  @ApiCreatedResponse({ type: CheckInResultDto })
  walkIn(
    @Param('id') eventId: string,
    @Body() body: WalkInInputDto,
    @CurrentUser() user: UserEntity,
  ): Promise<CheckInResult> {
    return this.checkin.walkIn(eventId, user, body);
  }
}
