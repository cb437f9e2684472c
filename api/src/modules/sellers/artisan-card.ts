/** The chamber works on Moroccan time; a card is valid through its expiry day there. */
export const CHAMBER_TIME_ZONE = 'Africa/Casablanca';

/** Today's date as YYYY-MM-DD in the given time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Whether a card that expires on `expiresOn` (YYYY-MM-DD) has expired by `now`. */
export function isCardExpired(expiresOn: string, now: Date = new Date()): boolean {
  return expiresOn < todayIn(CHAMBER_TIME_ZONE, now);
}
