import type { LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CONTACT_LIMITS } from '@roundtable/contracts';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { PUBLIC_EXTENSION } from './auth/auth.decorators';
import { AppLogger } from './common/app-logger';
import { AuditContextInterceptor } from './common/audit-log';
import { noStoreByDefault } from './common/cache-control';
import { staticFrontend } from './common/static-files';
import { rejectDeepJson } from './common/json-depth';
import { refuseIllFormedText } from './common/json-text';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { requestContext } from './common/request-context';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/config';
import { UsersService } from './users/users.service';

/** The largest JSON body read. */
export const JSON_BODY_LIMIT = '2mb';

export interface CreateAppOptions {
  /** `false` silences Nest entirely (tests); a logger of their own lets tests read what was logged. */
  logger?: false | LoggerService;
}

/** Builds the whole application exactly as production runs it; tests boot the same thing. */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: options.logger ?? new AppLogger({ format: config.logFormat }),
    abortOnError: false,
  });
  app.setGlobalPrefix('api');
  // First of all, so that every later step (body parsing, guards, errors) runs with the request's id.
  app.use(requestContext({ accessLog: config.logFormat === 'json' }));
  // Registered before Nest's own, which then keeps ours: a cap on nesting, and a limit above body-parser's
  // 100 kB, so that an over-long field is answered as that field's error (400), not as a body too large to
  // read (413); every field has its own, far smaller, limit. A string that is not Unicode text is refused too.
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT, verify: rejectDeepJson, reviver: refuseIllFormedText });
  // A CSV file sent as the body (contact imports), read as UTF-8 text.
  app.useBodyParser('text', { type: 'text/csv', limit: CONTACT_LIMITS.importBytes, defaultCharset: 'utf-8' });
  app.use('/api', noStoreByDefault);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalInterceptors(new AuditContextInterceptor());
  app.set('query parser', 'simple');
  // Behind a reverse proxy the client is in X-Forwarded-For; request.ip (limits, audit lines) then reads it.
  app.set('trust proxy', config.trustProxy);
  const https = config.publicUrl.startsWith('https:');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { ...contentSecurityPolicy(), upgradeInsecureRequests: https ? [] : null },
      },
      // Only a site served over HTTPS may pin browsers to HTTPS; a plain-HTTP intranet install must keep working.
      strictTransportSecurity: https,
    }),
  );
  setUpOpenApi(app);
  if (config.frontendDir) serveFrontend(app, config.frontendDir);
  await app.init();
  await app.get(UsersService).ensureFirstAdmin(config.admin);
  return app;
}

function contentSecurityPolicy() {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // Angular and Angular Material attach component styles inline.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
  };
}

function setUpOpenApi(app: NestExpressApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Roundtable API')
      .setDescription(
        'Forums and round tables: events, agenda, invitations, registrations. Errors are application/problem+json (RFC 9457).',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  markPublicOperations(document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

/**
 * An operation marked `x-public` by @Public() needs no credentials: `security: []` says so in OpenAPI's own
 * terms, over the bearer scheme its controller may declare for the others.
 */
function markPublicOperations(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as unknown[]) {
      const fields = operation as Record<string, unknown> | null;
      if (fields?.[PUBLIC_EXTENSION] === true) fields['security'] = [];
    }
  }
}

/** Serves the built Angular app (precompressed, cached by name); other non-API GETs get index.html. */
function serveFrontend(app: NestExpressApplication, dir: string): void {
  if (!existsSync(join(dir, 'index.html'))) return;
  app.use(staticFrontend(dir));
}
