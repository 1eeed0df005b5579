import { Body, Controller, Get, HttpCode, Post, Headers, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { toUser, UserDto } from '../users/dto';
import type { UserEntity } from '../users/user.entity';
import { CurrentUser, Public, Roles } from './auth.decorators';
import { AuthService } from './auth.service';
import { LoginAccountLimitInterceptor } from './login-account-limit.interceptor';
import { LoginDto, LoginResponseDto } from './dto';
import { SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
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
