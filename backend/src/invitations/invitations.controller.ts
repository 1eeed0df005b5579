import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { BulkInvitationResult, Invitation, Page, SentDrafts, Speaker } from '@roundtable/contracts';
import { CurrentUser, Public } from '../auth/auth.decorators';
import { AuditChanges } from '../common/audit-log';
import type { UserEntity } from '../users/user.entity';
import { BulkInvitationDto, InvitationInputDto } from './dto/invitation-input.dto';
import { InvitationsService } from './invitations.service';

class SentDraftsDto implements SentDrafts {
  @ApiProperty({ description: 'How many draft invitations were sent' }) sent!: number;
}

@ApiTags('invitations')
@ApiBearerAuth()
@AuditChanges('invitation')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('events/:id/invitations')
  @ApiOperation({ summary: 'Invite one person; the e-mail with the calendar invitation is queued' })
  invite(
    @Param('id') eventId: string,
    @Body() body: InvitationInputDto,
    @CurrentUser() actor: UserEntity,
  ): Promise<Invitation> {
    return this.invitations.invite(eventId, body, actor);
  }

  @Post('events/:id/invitations/bulk')
  @ApiOperation({
    summary: 'Invite many from rows or CSV; any bad row creates nothing and is named in the errors',
  })
  inviteMany(
    @Param('id') eventId: string,
    @Body() body: BulkInvitationDto,
    @CurrentUser() actor: UserEntity,
  ): Promise<BulkInvitationResult> {
    return this.invitations.inviteMany(eventId, body, actor);
  }

  @Get('events/:id/invitations')
  @ApiOperation({
    summary: 'Invitations with their answer and the delivery of their e-mail (queued, sent, failed, bounced)',
  })
  list(@Param('id') eventId: string): Promise<Page<Invitation>> {
    return this.invitations.list(eventId);
  }

  @Post('invitations/:id/resend')
  @HttpCode(200)
  resend(@Param('id') id: string): Promise<Invitation> {
    return this.invitations.resend(id);
  }

  @Post('invitations/:id/remind')
  @HttpCode(200)
  remind(@Param('id') id: string): Promise<Invitation> {
    return this.invitations.remind(id);
  }

  @Post('invitations/:id/revoke')
  @HttpCode(200)
  revoke(@Param('id') id: string): Promise<Invitation> {
    return this.invitations.revoke(id);
  }

  @Post('invitations/:id/send')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send a draft invitation (copied into the next event of a series): its e-mail is queued',
  })
  send(@Param('id') id: string): Promise<Invitation> {
    return this.invitations.send(id);
  }

  @Post('events/:id/invitations/send-drafts')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send every draft invitation of the event; answers how many went out' })
  @ApiOkResponse({ type: SentDraftsDto })
  sendDrafts(@Param('id') eventId: string): Promise<SentDrafts> {
    return this.invitations.sendDrafts(eventId);
  }

  @Get('events/:idOrSlug/speakers')
  @Public()
  @ApiOperation({ summary: 'Accepted panelists, speakers and moderators who agreed to be named' })
  speakers(@Param('idOrSlug') idOrSlug: string, @CurrentUser() viewer?: UserEntity): Promise<Speaker[]> {
    return this.invitations.speakers(idOrSlug, viewer);
  }
}
