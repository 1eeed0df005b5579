import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Patch,
  Post,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { Registration } from '@roundtable/contracts';
import { Public } from '../auth/auth.decorators';
import type { EventDto } from '../events/dto/event.dto';
import { LostLinkDto, RegistrationUpdateDto } from './dto/registration-update.dto';
import { RegistrationDto } from './dto/registration.dto';
import { TokenLinkLimit } from '../rate-limits/token-link-limit';
import { RegistrationSelfService } from './registration-self-service.service';

/** Lost-link requests per client address and minute: enough for a typo or two, too few to probe addresses. */
export const LOST_LINK_REQUESTS_PER_MINUTE = 5;

/** The registrant's side, by the manage token from the e-mail. Answers carry personal data: never cached. */
@ApiTags('registrations (registrant)')
@Public()
@Controller('registrations')
export class RegistrationSelfServiceController {
  constructor(private readonly selfService: RegistrationSelfService) {}

  @Get('by-token/:token')
  @TokenLinkLimit()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The registration and its event, for the registrant' })
  @ApiNotFoundResponse({ description: 'Unknown token, or the registration’s data was deleted.' })
  view(@Param('token') token: string): Promise<{ registration: Registration; event: EventDto }> {
    return this.selfService.view(token);
  }

  @Patch('by-token/:token')
  @TokenLinkLimit()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Change contact details, organisation, needs, language and consents' })
  @ApiOkResponse({ type: RegistrationDto })
  update(@Param('token') token: string, @Body() body: RegistrationUpdateDto): Promise<Registration> {
    return this.selfService.update(token, body);
  }

  @Delete('by-token/:token')
  @TokenLinkLimit()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Cancel: the seat goes to the wait list, the calendar entry is cancelled' })
  @ApiOkResponse({ type: RegistrationDto })
  cancel(@Param('token') token: string): Promise<Registration> {
    return this.selfService.cancel(token);
  }

  @Post('by-token/:token/anonymise')
  @TokenLinkLimit()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'Cancel and delete my data now: personal fields emptied, consents withdrawn, the link stops working',
  })
  @ApiOkResponse({ type: RegistrationDto })
  anonymise(@Param('token') token: string): Promise<Registration> {
    return this.selfService.anonymise(token);
  }

  @Get('by-token/:token/qr.png')
  @TokenLinkLimit()
  @Header('Cache-Control', 'no-store')
  @ApiProduces('image/png')
  @ApiOperation({ summary: 'The check-in QR code (it encodes a check-in code, not the manage token)' })
  async qr(@Param('token') token: string): Promise<StreamableFile> {
    return new StreamableFile(await this.selfService.qr(token), { type: 'image/png' });
  }

  @Post('lost-link')
  @HttpCode(202)
  @Header('Cache-Control', 'no-store')
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: LOST_LINK_REQUESTS_PER_MINUTE, ttl: 60_000 } })
  @ApiOperation({
    summary: 'E-mail the manage link again; the same answer whether or not the address is registered',
  })
  @ApiAcceptedResponse()
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this address; see Retry-After.' })
  lostLink(@Body() body: LostLinkDto): Promise<void> {
    return this.selfService.lostLink(body);
  }
}
