import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../filters/api-exception.filter';
import { UnsafeTextPipe } from './unsafe-text.pipe';

describe('UnsafeTextPipe', () => {
  const pipe = new UnsafeTextPipe();

  it('passes clean bodies, queries and parameters through unchanged', () => {
    const body = { name: 'Amina ½ 🏺', description: 'Un\nDeux' };
    expect(pipe.transform(body, { type: 'body' })).toBe(body);
    expect(pipe.transform('tajine', { type: 'query', data: 'q' })).toBe('tajine');
  });

  it('refuses with 400 input.control_characters naming the field', () => {
    let thrown: unknown;
    try {
      pipe.transform({ shipping: { city: 'Safi\u0000' } }, { type: 'body' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiException);
    const refusal = thrown as ApiException;
    expect(refusal.getStatus()).toBe(HttpStatus.BAD_REQUEST);
    expect(refusal.code).toBe('input.control_characters');
    expect(refusal.extra).toEqual({
      details: [{ field: 'shipping.city', messages: [expect.stringContaining('shipping.city')] }],
    });
  });

  it('names a single query or path parameter by its name', () => {
    expect(() => pipe.transform('x\u0000', { type: 'param', data: 'slug' })).toThrow(/^slug /);
  });

  it('leaves values of custom decorators (the signed-in user, the shopper) alone', () => {
    const user = { name: 'legacy\u0000' };
    expect(pipe.transform(user, { type: 'custom' })).toBe(user);
  });
});
