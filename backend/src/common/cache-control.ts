import {
  Injectable,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { tap, type Observable } from 'rxjs';

/*
 * Every API answer is `no-store` unless its route says otherwise: most of them carry a token or personal data
 * (login, by-token pages, organiser lists, users), and a rule with exceptions listed is easier to keep right
 * than one with every sensitive route listed. The few public, cacheable answers opt in with @PublicCache().
 */
export function noStoreByDefault(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Cache-Control', 'no-store');
  next();
}

@Injectable()
class PublicCacheInterceptor implements NestInterceptor {
  constructor(private readonly seconds: number) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    return next.handle().pipe(
      tap(() => {
        // A signed-in organiser may see more (drafts) than the public: never cache that answer.
        response.setHeader('Vary', 'Authorization');
        if (!request.headers.authorization) {
          response.setHeader('Cache-Control', `public, max-age=${this.seconds}`);
        }
      }),
    );
  }
}

/** A successful answer to a request without a login may be cached by anyone for `seconds`. */
export function PublicCache(seconds: number): MethodDecorator & ClassDecorator {
  return UseInterceptors(new PublicCacheInterceptor(seconds));
}
