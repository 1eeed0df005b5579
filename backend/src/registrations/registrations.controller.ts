import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Registration, RegistrationPage } from '@roundtable/contracts';
import { Public } from '../auth/auth.decorators';
import { RegistrationInputDto } from './dto/registration-input.dto';
import { RegistrationListQueryDto } from './dto/registration-list-query.dto';
import { RegistrationDto, RegistrationPageDto } from './dto/registration.dto';
import { PublicRegistrationGuard } from './public-registration.guard';
import { RegistrationsService } from './registrations.service';

@ApiTags('registrations')
@ApiBearerAuth()
@Controller()
export class RegistrationsController {
  constructor(private readonly registrations: RegistrationsService) {}

  @Post('events/:id/registrations')
  @Public()
  // Rate limits and the bot guard: `formToken` from GET .../registration-form, `website` left empty.
  @UseGuards(PublicRegistrationGuard)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Register for an event: confirmed, wait-listed or pending, by the rules of its seats',
  })
  @ApiCreatedResponse({ type: RegistrationDto, description: 'Never carries the manage token.' })
  register(@Param('id') eventId: string, @Body() body: RegistrationInputDto): Promise<Registration> {
    return this.registrations.register(eventId, body);
  }

  @Get('events/:id/registrations')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Registrations of an event: filter, search, sort and page' })
  @ApiOkResponse({ type: RegistrationPageDto })
  list(@Param('id') eventId: string, @Query() query: RegistrationListQueryDto): Promise<RegistrationPage> {
    return this.registrations.list(eventId, query);
  }

  @Post('registrations/:id/approve')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'A pending registration takes a seat, or a place on the wait list' })
  @ApiOkResponse({ type: RegistrationDto })
  approve(@Param('id') id: string): Promise<Registration> {
    return this.registrations.approve(id);
  }

  @Post('registrations/:id/reject')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Reject; a confirmed seat goes to the wait list' })
  @ApiOkResponse({ type: RegistrationDto })
  reject(@Param('id') id: string): Promise<Registration> {
    return this.registrations.reject(id);
  }
}
