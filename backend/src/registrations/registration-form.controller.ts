import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { FORM_GUARD } from './form-token';
import { FormTokens } from './form-tokens';

export class RegistrationFormDto {
  @ApiProperty({ description: 'Send back as `formToken` in the registration body.' })
  formToken!: string;

  @ApiProperty({ description: 'The earliest the form may be sent after this answer, in seconds.' })
  minFillSeconds!: number;

  @ApiProperty({
    example: FORM_GUARD.honeypotField,
    description: 'A field hidden from people (and from screen readers), sent empty.',
  })
  honeypotField!: string;
}

/** What the public registration form fetches when it opens: its bot-guard token (decision 0010). */
@ApiTags('registrations')
@Controller('events/:id/registration-form')
export class RegistrationFormController {
  constructor(private readonly forms: FormTokens) {}

  @Get()
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'A signed, timestamped token for the registration form (the bot guard)' })
  @ApiOkResponse({ type: RegistrationFormDto })
  form(@Param('id') eventId: string): RegistrationFormDto {
    return {
      formToken: this.forms.issue(eventId),
      minFillSeconds: FORM_GUARD.minFillMs / 1000,
      honeypotField: FORM_GUARD.honeypotField,
    };
  }
}
