import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Response } from 'express';
import type { ApiErrorBody, ApiErrorDetail } from '@hirfa/shared';
import {
  isConnectionError,
  SERVICE_UNAVAILABLE_CODE,
  SERVICE_UNAVAILABLE_MESSAGE,
  SERVICE_UNAVAILABLE_RETRY_SECONDS,
} from './connection-errors';

/** Thrown for bad input; carries the per-field details of the error shape. */
export class InvalidInputException extends HttpException {
  constructor(
    message: string,
    readonly details: ApiErrorDetail[],
  ) {
    super(message, HttpStatus.BAD_REQUEST);
  }
}

/**
 * A refusal with a stable code; `extra` adds fields to the error body (e.g. the current cart
 * beside `checkout.total_changed`).
 */
export class ApiException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly retryAfterSeconds?: number,
  ) {
    super(message, status);
  }
}

interface ErrorWithStatus {
  status?: number;
  statusCode?: number;
  type?: string;
  message?: string;
}

function reasonPhrase(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}

/** Errors raised by Express middleware (body parsing, size limits) before Nest's handlers. */
function clientErrorFromMiddleware(exception: unknown): ApiErrorBody | null {
  if (!exception || typeof exception !== 'object') return null;
  const error = exception as ErrorWithStatus;
  const status = error.statusCode ?? error.status;
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  const messages: Record<string, string> = {
    'entity.parse.failed': 'The request body is not valid JSON',
    'entity.too.large': 'The request body is too large',
    'encoding.unsupported': 'The request body encoding is not supported',
  };
  return {
    statusCode: status,
    error: reasonPhrase(status),
    message: (error.type && messages[error.type]) || reasonPhrase(status),
  };
}

function messageOf(response: string | object, fallback: string): string {
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.join('; ');
  return fallback;
}

/** Answers every error with `{statusCode, error, message, details?}`. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const unreachable = !(exception instanceof HttpException) && isConnectionError(exception);
    if (unreachable) {
      // Expected while the database restarts: one line instead of a stack, and a 503 to retry.
      this.logger.warn(`The database cannot be reached: ${(exception as Error).message}`);
      exception = new ApiException(
        HttpStatus.SERVICE_UNAVAILABLE,
        SERVICE_UNAVAILABLE_CODE,
        SERVICE_UNAVAILABLE_MESSAGE,
        {},
        SERVICE_UNAVAILABLE_RETRY_SECONDS,
      );
    }
    const body = this.toBody(exception);
    if (body.statusCode >= 500 && !unreachable) {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    if (response.headersSent) return;
    const retryAfter = (exception as { retryAfterSeconds?: unknown })?.retryAfterSeconds;
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const body: ApiErrorBody = {
        statusCode,
        error: reasonPhrase(statusCode),
        message: messageOf(exception.getResponse(), exception.message),
      };
      if (exception instanceof InvalidInputException) body.details = exception.details;
      if (exception instanceof ApiException)
        return { ...exception.extra, ...body, code: exception.code };
      return body;
    }
    const fromMiddleware = clientErrorFromMiddleware(exception);
    if (fromMiddleware) return fromMiddleware;
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: reasonPhrase(HttpStatus.INTERNAL_SERVER_ERROR),
      message: 'Something went wrong on our side; the error has been logged',
    };
  }
}
