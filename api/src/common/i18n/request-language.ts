import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@hirfa/shared';

/** The first of our languages named in an Accept-Language header, by the header's order of preference. */
export function languageFromHeader(header: string | undefined): Language | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return {
        base: tag.toLowerCase().split('-')[0],
        weight: Number.isNaN(weight) ? 0 : weight,
        index,
      };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isLanguage);
}

/** `?lang=` when given, else Accept-Language, else French. */
export const RequestLanguage = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<Request>();
  const fromQuery = request.query.lang;
  if (isLanguage(fromQuery)) return fromQuery;
  return languageFromHeader(request.headers['accept-language']) ?? DEFAULT_LANGUAGE;
});
