import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginAccountLimitInterceptor } from './login-account-limit.interceptor';
import { PasswordResetsService } from './password-resets.service';
import { SessionsModule } from './sessions.module';

/** Accounts and logins: users, sessions, and the global guard that every route passes. */
@Module({
  imports: [UsersModule, SessionsModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    PasswordResetsService,
    LoginAccountLimitInterceptor,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [UsersModule],
})
export class AuthModule {}
