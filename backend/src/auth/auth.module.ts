import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../users/user.entity';
import { UsersController } from '../users/users.controller';
import { UsersService } from '../users/users.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginAccountLimitInterceptor } from './login-account-limit.interceptor';
import { SessionEntity } from './session.entity';
import { SessionsService } from './sessions.service';

/** Accounts and logins: users, sessions, and the global guard that every route passes. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity])],
  controllers: [AuthController, UsersController],
  providers: [
    AuthService,
    SessionsService,
    UsersService,
    LoginAccountLimitInterceptor,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [UsersService],
})
export class AuthModule {}
