import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { UserRole } from '@roundtable/contracts';
import { DomainError } from '../common/domain-error';
import { DEFAULT_ROLES, IS_PUBLIC, ROLES, type RequestWithUser } from './auth.decorators';
import { SessionsService } from './sessions.service';

/**
 * Global guard, secure by default: a route is for admins and organisers unless it says @Public() or names
 * other @Roles(). Public routes still learn who the caller is when a valid token comes along.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    const token = bearerToken(request.headers['authorization']);
    const user = token ? await this.sessions.userForToken(token) : null;
    if (user) request.user = user;
    if (isPublic) return true;
    if (!user) throw new DomainError('UNAUTHENTICATED');
    const roles = this.reflector.getAllAndOverride<UserRole[]>(ROLES, targets) ?? DEFAULT_ROLES;
    if (!roles.includes(user.role)) throw new DomainError('FORBIDDEN');
    return true;
  }
}

function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value) : null;
  return match?.[1] ?? null;
}
