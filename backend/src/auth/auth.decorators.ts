import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { UserRole } from '@roundtable/contracts';
import type { UserEntity } from '../users/user.entity';

export const IS_PUBLIC = 'roundtable:public';
export const ROLES = 'roundtable:roles';

/** The OpenAPI extension that marks an operation anyone may call (suites driven by the document read it). */
export const PUBLIC_EXTENSION = 'x-public';

/**
 * Anyone may call this route; a bearer token, when sent and valid, still identifies the caller. The OpenAPI
 * document says so too (`x-public: true`, `security: []`), so a new public route is found there by itself.
 */
export const Public = () =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(PUBLIC_EXTENSION, true));

/** Who may call this route. Routes without it are for organisers and admins: staff do check-in only. */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES, roles);

export const DEFAULT_ROLES: UserRole[] = ['admin', 'organizer'];

export type RequestWithUser = { user?: UserEntity; headers: Record<string, string | string[] | undefined> };

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<RequestWithUser>().user,
);
