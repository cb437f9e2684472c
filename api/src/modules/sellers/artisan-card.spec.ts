import { isCardExpired, todayIn } from './artisan-card';

describe('artisan card expiry', () => {
  it('counts days on Moroccan time', () => {
    // 23:30 UTC on 31 December is already 1 January in Casablanca (UTC+1).
    const lateEvening = new Date('2025-12-31T23:30:00Z');
    expect(todayIn('Africa/Casablanca', lateEvening)).toBe('2026-01-01');
    expect(todayIn('UTC', lateEvening)).toBe('2025-12-31');
  });

  it('keeps a card valid through its expiry day', () => {
    const now = new Date('2026-03-15T10:00:00Z');
    expect(isCardExpired('2026-03-15', now)).toBe(false);
    expect(isCardExpired('2027-01-01', now)).toBe(false);
    expect(isCardExpired('2026-03-14', now)).toBe(true);
  });
});
