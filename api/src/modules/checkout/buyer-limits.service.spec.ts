import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { buyerKeyOf } from './buyer-limits.service';

const guest = { user: null, cartToken: 'token' };

describe('buyerKeyOf', () => {
  it('is the account for a signed-in shopper, whatever the email or address', () => {
    const shopper = { user: { id: 'u-1' } as AuthenticatedUser, cartToken: null };
    expect(buyerKeyOf(shopper, 'a@example.ma', '10.0.0.1')).toBe('user:u-1');
    expect(buyerKeyOf(shopper, 'b@example.ma', '10.0.0.2')).toBe('user:u-1');
  });

  it('is the email with the address for a guest, hashed, the email in any case', () => {
    const key = buyerKeyOf(guest, 'amina@example.ma', '10.0.0.1');
    expect(key).toMatch(/^guest:[0-9a-f]{64}$/);
    expect(key).not.toContain('10.0.0.1');
    expect(buyerKeyOf(guest, ' Amina@Example.MA ', '10.0.0.1')).toBe(key);
    expect(buyerKeyOf(guest, 'amina@example.ma', '::ffff:10.0.0.1')).toBe(key);
    expect(buyerKeyOf(guest, 'amina@example.ma', '10.0.0.2')).not.toBe(key);
    expect(buyerKeyOf(guest, 'other@example.ma', '10.0.0.1')).not.toBe(key);
  });

  it('takes one IPv6 /64 as one address, so rotating within it changes nothing', () => {
    const key = buyerKeyOf(guest, 'amina@example.ma', '2001:db8:1:2::1');
    expect(buyerKeyOf(guest, 'amina@example.ma', '2001:db8:1:2:ffff::9')).toBe(key);
    expect(buyerKeyOf(guest, 'amina@example.ma', '2001:db8:1:3::1')).not.toBe(key);
  });
});
