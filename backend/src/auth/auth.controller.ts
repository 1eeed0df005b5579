import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Headers,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { toUser, UserDto } from '../users/dto';
import type { UserEntity } from '../users/user.entity';
import { CurrentUser, Public, Roles } from './auth.decorators';
import { AuthService } from './auth.service';
import { LoginAccountLimitInterceptor } from './login-account-limit.interceptor';
import { LoginDto, LoginResponseDto, PasswordResetDto, PasswordResetRequestDto } from './dto';
import { PasswordResetsService } from './password-resets.service';
import { SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly passwordResets: PasswordResetsService,
  ) {}

  @Post('login')
  @Public()
  // Per address first (a guard), then per account: see LoginAccountLimitInterceptor.
  @UseGuards(ThrottlerGuard)
  @UseInterceptors(LoginAccountLimitInterceptor)
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange e-mail and password for a bearer token' })
  @ApiTooManyRequestsResponse({
    description: 'Too many attempts from this address or at this account; see Retry-After.',
  })
  login(@Body() body: LoginDto): Promise<LoginResponseDto> {
    return this.auth.login(body);
  }

  @Post('password-reset')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(202)
  @ApiOperation({
    summary: 'E-mail a link to set a new password; the same answer whether the account exists',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this address; see Retry-After.' })
  async requestPasswordReset(@Body() body: PasswordResetRequestDto): Promise<void> {
    await this.passwordResets.request(body.email);
  }

  @Post('password-reset/:token')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with the link from the e-mail; ends every session' })
  async resetPassword(@Param('token') token: string, @Body() body: PasswordResetDto): Promise<void> {
    await this.passwordResets.reset(token, body.password);
  }

  @Get('me')
  @Roles('admin', 'organizer', 'staff')
  @ApiBearerAuth()
  me(@CurrentUser() user: UserEntity): UserDto {
    return toUser(user);
  }

  @Post('logout')
  @Roles('admin', 'organizer', 'staff')
  @HttpCode(204)
  @ApiBearerAuth()
  async logout(@Headers('authorization') authorization: string): Promise<void> {
    await this.sessions.close(authorization.replace(/^Bearer\s+/i, ''));
  }
}
