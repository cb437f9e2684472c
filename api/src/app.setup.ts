import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from './config/configuration';
import { ApiExceptionFilter } from './common/filters/api-exception.filter';
import { createValidationPipe } from './common/pipes/validation';
import { CrossSiteGuard } from './common/security/cross-site.guard';
import { noStoreForPersonalResponses } from './common/security/no-store.middleware';
import { useJsonBodyParser } from './common/input/json-body-parser';
import { UnsafeTextPipe } from './common/input/unsafe-text.pipe';

export const API_PREFIX = 'api';

/** Everything an app needs beyond its modules; shared by the server and the end-to-end tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  // Which peers may say who the client is (X-Forwarded-For): TRUST_PROXY, loopback by default.
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Swagger UI at /api/docs needs inline styles; everything else is same-origin.
          'img-src': ["'self'", 'data:', ...imageOrigins(config)],
          'style-src': ["'self'", "'unsafe-inline'"],
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.use(noStoreForPersonalResponses);
  useJsonBodyParser(app, config.jsonBody);
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(new UnsafeTextPipe(), createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  app.useGlobalGuards(new CrossSiteGuard(app.get(Reflector), config));

  if (config.apiDocs) {
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Hirfa API')
        .setDescription('Marketplace of the artisans and cooperatives of Marrakech-Safi')
        .setVersion('0.1.0')
        .build(),
    );
    SwaggerModule.setup(`${API_PREFIX}/docs`, app, document);
  }

  app.useStaticAssets(config.mediaDir, {
    prefix: '/media/',
    immutable: true,
    maxAge: '30d',
    fallthrough: false,
  });
  serveStorefront(app, config.webDistDir);
}

/** Product photos kept in an S3 bucket are read from its public origin. */
function imageOrigins(config: AppConfig): string[] {
  return config.mediaStorage.kind === 's3' ? [new URL(config.mediaStorage.publicUrl).origin] : [];
}

/** Serves the built storefront, answering client routes with index.html. */
function serveStorefront(app: NestExpressApplication, webDistDir: string): void {
  const indexFile = join(webDistDir, 'index.html');
  if (!existsSync(indexFile)) return;
  const assets = express.static(join(webDistDir, 'assets'), { immutable: true, maxAge: '1y' });
  const files = express.static(webDistDir, { index: false, maxAge: '1h' });
  // Only storefront paths reach the file system; API calls skip the stat of a missing file.
  app.use('/assets', assets);
  app.use((request: Request, response: Response, next: NextFunction) =>
    request.path.startsWith(`/${API_PREFIX}/`) ? next() : files(request, response, next),
  );
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isPageRequest =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.path.startsWith(`/${API_PREFIX}/`) &&
      request.path !== `/${API_PREFIX}` &&
      !request.path.startsWith('/media/') &&
      !request.path.startsWith('/assets/') &&
      request.accepts(['html', 'json']) === 'html';
    if (!isPageRequest) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
}
