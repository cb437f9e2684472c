import { HttpStatus } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { ApiException } from '../filters/api-exception.filter';
import { nestsDeeperThan } from './json-depth';

export interface JsonBodyLimits {
  /** Largest accepted JSON body, in bytes. */
  maxBytes: number;
  /** Deepest accepted nesting of objects and arrays. */
  maxDepth: number;
}

function utf8Of(body: Buffer, encoding: string): Buffer {
  if (/^utf-?8$/i.test(encoding)) return body;
  try {
    return Buffer.from(new TextDecoder(encoding, { fatal: true }).decode(body), 'utf8');
  } catch {
    throw new ApiException(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      'input.unsupported_charset',
      'JSON bodies must be sent as UTF-8',
    );
  }
}

/**
 * The JSON body parser: size limit, and a nesting limit checked on the raw bytes before the
 * text is parsed, so no later step (validation, transformation, logging) walks a body deep
 * enough to exhaust the stack. Keeps the exact bytes as `rawBody` for the Stripe webhook's
 * signature. Registered before Nest's own parsers, which then stand aside.
 */
export function useJsonBodyParser(app: NestExpressApplication, limits: JsonBodyLimits): void {
  app.use(
    express.json({
      limit: limits.maxBytes,
      verify: (request: IncomingMessage, _response, body: Buffer, encoding: string) => {
        (request as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
        if (nestsDeeperThan(utf8Of(body, encoding), limits.maxDepth)) {
          throw new ApiException(
            HttpStatus.BAD_REQUEST,
            'input.too_deep',
            `The request body nests objects and arrays deeper than ${limits.maxDepth} levels`,
          );
        }
      },
    }),
  );
  // A stable code for the parser's size refusal.
  app.use((error: unknown, _request: Request, _response: Response, next: NextFunction) => {
    const type = (error as { type?: unknown } | null)?.type;
    if (type === 'entity.too.large') {
      return next(
        new ApiException(
          HttpStatus.PAYLOAD_TOO_LARGE,
          'input.too_large',
          `The request body is larger than ${limits.maxBytes} bytes`,
        ),
      );
    }
    next(error);
  });
}
