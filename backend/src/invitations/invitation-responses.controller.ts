import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { GuestRegistrationPrefill, Invitation } from '@roundtable/contracts';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import type { EventDto } from '../events/dto/event.dto';
import { TokenLinkLimit } from '../rate-limits/token-link-limit';
import { sendStored } from '../storage/send-stored';
import { InvitationProfileDto, InvitationResponseDto } from './dto/invitation-input.dto';
import { InvitationResponsesService, MAX_PHOTO_BYTES } from './invitation-responses.service';

/** The invitee's side, opened by the personal token from the e-mail. */
@ApiTags('invitations (invitee)')
@Public()
@Controller('invitations')
export class InvitationResponsesController {
  constructor(private readonly responses: InvitationResponsesService) {}

  @Get('by-token/:token')
  @TokenLinkLimit()
  @ApiOperation({
    summary:
      "The invitation and its event, for the invitee; for a guest, the registration form's first values",
  })
  view(@Param('token') token: string): Promise<{
    invitation: Invitation;
    event: EventDto;
    registration: GuestRegistrationPrefill | null;
  }> {
    return this.responses.view(token);
  }

  @Post('by-token/:token/response')
  @TokenLinkLimit()
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept, decline, "maybe", or decline naming a deputy' })
  respond(@Param('token') token: string, @Body() body: InvitationResponseDto): Promise<Invitation> {
    return this.responses.respond(token, body);
  }

  @Put('by-token/:token/profile')
  @TokenLinkLimit()
  @ApiOperation({ summary: 'Bio and consents to publish name and photo (after accepting)' })
  profile(@Param('token') token: string, @Body() body: InvitationProfileDto): Promise<Invitation> {
    return this.responses.updateProfile(token, body);
  }

  @Post('by-token/:token/photo')
  @TokenLinkLimit()
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { photo: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('photo', { limits: { fileSize: MAX_PHOTO_BYTES, files: 1 } }))
  photo(
    @Param('token') token: string,
    @UploadedFile() file?: { buffer: Buffer; size: number },
  ): Promise<Invitation> {
    return this.responses.savePhoto(token, file);
  }

  @Get(':id/photo')
  @ApiOperation({ summary: "A speaker's photo, while they agree to publish it" })
  async publishedPhoto(@Param('id') id: string, @Res() response: Response): Promise<void> {
    const photo = await this.responses.photo(id);
    response.setHeader('Cache-Control', 'public, max-age=300');
    await sendStored(response, photo.file, photo.type);
  }
}
