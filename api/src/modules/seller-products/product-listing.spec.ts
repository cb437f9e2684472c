import { transitionListing, type ListingState } from './product-listing';

const listed: ListingState = {
  status: 'active',
  moderatedAt: null,
  moderatedByUserId: null,
  moderationReason: null,
  statusBeforeModeration: null,
};
const at = new Date('2026-11-02T09:00:00Z');
const moderate = { type: 'moderate', staffUserId: 'staff-1', reason: 'Photo volée', at } as const;

function expectOk(result: ReturnType<typeof transitionListing>): ListingState {
  if (!result.ok) throw new Error(`refused: ${result.refusal}`);
  return result.state;
}

describe('product listing transitions', () => {
  it('lets the seller hide and show a product', () => {
    const hidden = expectOk(transitionListing(listed, { type: 'hide' }));
    expect(hidden.status).toBe('hidden');
    expect(expectOk(transitionListing(hidden, { type: 'show' })).status).toBe('active');
  });

  it('hides a moderated product, remembering what to restore', () => {
    const moderated = expectOk(transitionListing(listed, moderate));
    expect(moderated).toEqual({
      status: 'hidden',
      moderatedAt: at,
      moderatedByUserId: 'staff-1',
      moderationReason: 'Photo volée',
      statusBeforeModeration: 'active',
    });
    expect(expectOk(transitionListing(moderated, { type: 'restore' }))).toEqual(listed);
  });

  it('refuses to show a moderated product, giving the chamber’s reason', () => {
    const moderated = expectOk(transitionListing(listed, moderate));
    const result = transitionListing(moderated, { type: 'show' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.refusal).toContain('Photo volée');
  });

  it('keeps a product the seller hid during moderation hidden after the restore', () => {
    const moderated = expectOk(transitionListing(listed, moderate));
    const hiddenBySeller = expectOk(transitionListing(moderated, { type: 'hide' }));
    expect(hiddenBySeller.moderatedAt).toEqual(at);
    expect(expectOk(transitionListing(hiddenBySeller, { type: 'restore' })).status).toBe('hidden');
  });

  it('refuses to moderate twice or to restore what is not moderated', () => {
    const moderated = expectOk(transitionListing(listed, moderate));
    expect(transitionListing(moderated, moderate).ok).toBe(false);
    expect(transitionListing(listed, { type: 'restore' }).ok).toBe(false);
  });
});
