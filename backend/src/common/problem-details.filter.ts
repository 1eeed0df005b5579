import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
  type LoggerService,
} from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { Problem } from '@roundtable/contracts';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable } from '../database/errors';
import { audit, type AuditRequest } from './audit-log';
import { DOMAIN_ERRORS, DomainError, type DomainErrorCode } from './domain-error';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const CODE_BY_STATUS: Partial<Record<number, DomainErrorCode>> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Turns every error into RFC 9457 problem+json; unexpected ones are logged and told apart by nothing secret. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(private readonly logger: LoggerService = new Logger('HTTP')) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const problem = this.toProblem(exception);
    if (problem.status === 401 || problem.status === 403 || problem.status === 429) {
      auditRefusal(problem, exception, host.switchToHttp().getRequest<Request>());
    }
    if (problem.code === 'DATABASE_UNAVAILABLE') {
      // An outage fails every request alike: one line each, not a stack trace each.
      this.logger.warn(`database unavailable: ${describe(exception)}`);
    } else if (problem.status >= 500) {
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
    }
    if (response.headersSent) return;
    // The client may try again: the database is usually back within seconds (a restart, a fail-over).
    if (problem.status === 503) response.setHeader('Retry-After', '1');
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof DomainError) {
      return problem(exception.code, exception.status, exception.message, exception.errors);
    }
    if (exception instanceof ThrottlerException) {
      return problem('TOO_MANY_REQUESTS', 429, DOMAIN_ERRORS.TOO_MANY_REQUESTS[1]);
    }
    if (isDatabaseUnavailable(exception)) {
      return problem('DATABASE_UNAVAILABLE', 503, DOMAIN_ERRORS.DATABASE_UNAVAILABLE[1]);
    }
    if (isBodyParserError(exception)) {
      // e.g. a body over the size limit (413), in a charset or an encoding we do not read (415).
      return problem('MALFORMED_REQUEST', exception.status, exception.message);
    }
    if (exception instanceof BadRequestException) {
      // Our own 400s are DomainErrors; Nest raises this one for a body that is not JSON or a broken URL.
      return problem('MALFORMED_REQUEST', 400, `${DOMAIN_ERRORS.MALFORMED_REQUEST[1]} ${exception.message}`);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_BY_STATUS[status] ?? 'INTERNAL';
      const detail = status === 404 ? DOMAIN_ERRORS.NOT_FOUND[1] : exception.message;
      return problem(
        status >= 500 ? 'INTERNAL' : code,
        status,
        status >= 500 ? DOMAIN_ERRORS.INTERNAL[1] : detail,
      );
    }
    return problem('INTERNAL', HttpStatus.INTERNAL_SERVER_ERROR, DOMAIN_ERRORS.INTERNAL[1]);
  }
}

function describe(exception: unknown): string {
  const error = ((exception as { driverError?: unknown })?.driverError ?? exception) as {
    code?: unknown;
    message?: unknown;
  };
  return String(error?.code ?? error?.message ?? exception);
}

function problem(code: DomainErrorCode, status: number, detail: string, errors?: Problem['errors']): Problem {
  return {
    type: `urn:roundtable:problem:${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors ? { errors } : {}),
  };
}

/**
 * An error body-parser raised about the request (http-errors, exposed): its own `entity.*` ones, and an
 * unsupported charset or content encoding (415) or a body that does not inflate (400), which carry no such type.
 */
function isBodyParserError(error: unknown): error is { status: number; message: string } {
  if (typeof error !== 'object' || error === null) return false;
  const { type, status, expose } = error as { type?: unknown; status?: unknown; expose?: unknown };
  if (typeof status !== 'number' || status < 400 || status > 499) return false;
  return (typeof type === 'string' && type.startsWith('entity.')) || expose === true;
}

/**
 * 401s, 403s and 429s, except what was recorded where it happened, with more to say: a wrong password (the
 * login records the e-mail tried) and a limit marked `audited` (the account limit records the account).
 */
function auditRefusal(problem: Problem, exception: unknown, request: Request): void {
  if (problem.code === 'INVALID_CREDENTIALS' || (exception as { audited?: unknown } | null)?.audited) return;
  audit(
    problem.status === 429 ? 'request.limited' : 'access.refused',
    {
      status: problem.status,
      code: problem.code,
      method: request.method,
      // The path without its query (`?token=`), a personal link's token or a password-reset link's token.
      path: withoutTokens(request.path),
    },
    { request: request as AuditRequest, log: 'only' },
  );
}

/** A path as an audit line may show it: the secret of a personal link or of a password-reset link masked. */
export function withoutTokens(path: string): string {
  return path.replace(/\/(by-token|password-reset)\/[^/]+/, '/$1/***');
}
