import { HttpStatus, type ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ApiExceptionFilter } from './api-exception.filter';
import { isConnectionError } from './connection-errors';

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

/** Runs the filter on an error and returns what the client would get. */
function answer(exception: unknown) {
  const sent = { status: 0, headers: {} as Record<string, string>, body: undefined as unknown };
  const response = {
    headersSent: false,
    setHeader: (name: string, value: string) => (sent.headers[name] = value),
    status(code: number) {
      sent.status = code;
      return this;
    },
    json: (body: unknown) => (sent.body = body),
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as ArgumentsHost;
  const filter = new ApiExceptionFilter();
  // The filter logs one warning per refused request; the test does not need to see them.
  Object.assign(filter, { logger: { warn: () => undefined, error: () => undefined } });
  filter.catch(exception, host);
  return sent;
}

describe('database connection errors', () => {
  const lost = [
    withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
    withCode('read ECONNRESET', 'ECONNRESET'),
    withCode('terminating connection due to administrator command', '57P01'),
    withCode('the database system is starting up', '57P03'),
    withCode('sorry, too many clients already', '53300'),
    new Error('Connection terminated unexpectedly'),
    new Error('Connection terminated due to connection timeout'),
    new Error('timeout exceeded when trying to connect'),
    new QueryFailedError(
      'SELECT 1',
      [],
      withCode('terminating connection due to administrator command', '57P01'),
    ),
    new Error('wrapped', { cause: withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED') }),
    new AggregateError([withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')]),
  ];

  it.each(lost.map((error) => [error.message, error]))('recognises "%s"', (_, error) => {
    expect(isConnectionError(error)).toBe(true);
  });

  it('leaves bugs and bad SQL alone', () => {
    const others = [
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      new QueryFailedError('SELECT', [], withCode('syntax error at or near "x"', '42601')),
      withCode('duplicate key value violates unique constraint', '23505'),
      'Connection terminated',
      null,
    ];
    for (const error of others) expect(isConnectionError(error)).toBe(false);
  });

  it('answers a lost connection with 503, Retry-After and the stable code, a bug with 500', () => {
    const down = answer(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'));
    expect(down.status).toBe(HttpStatus.SERVICE_UNAVAILABLE);
    expect(down.headers['Retry-After']).toBe('5');
    expect(down.body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      code: 'service.unavailable',
      message: expect.stringMatching(/try again/),
    });
    const bug = answer(new TypeError('undefined is not a function'));
    expect(bug.status).toBe(500);
    expect(bug.headers['Retry-After']).toBeUndefined();
  });
});
