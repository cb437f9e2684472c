import type { ProductStatus } from '../catalog/entities/product.entity';

/**
 * Whether a product is listed: the seller shows or hides it (status active/hidden), and the
 * chamber may hide it over the seller's head (moderation), in which case the seller cannot
 * show it again until the chamber restores it. Every change goes through `transitionListing`.
 */
export interface ListingState {
  status: ProductStatus;
  moderatedAt: Date | null;
  moderatedByUserId: string | null;
  moderationReason: string | null;
  statusBeforeModeration: ProductStatus | null;
}

export type ListingEvent =
  | { type: 'show' }
  | { type: 'hide' }
  | { type: 'moderate'; staffUserId: string; reason: string; at: Date }
  | { type: 'restore' };

type ModerationState = 'clear' | 'moderated';

/** In which moderation states each event is allowed. */
const ALLOWED: Record<ListingEvent['type'], readonly ModerationState[]> = {
  show: ['clear'],
  hide: ['clear', 'moderated'],
  moderate: ['clear'],
  restore: ['moderated'],
};

function refusal(event: ListingEvent['type'], state: ListingState): string {
  if (event === 'show') {
    return `The chamber has hidden this product (reason: ${state.moderationReason}); it can be shown again once the chamber restores it`;
  }
  return event === 'restore'
    ? 'This product is not hidden by the chamber'
    : 'This product is already hidden by the chamber';
}

export type ListingTransition = { ok: true; state: ListingState } | { ok: false; refusal: string };

export function moderationStateOf(state: Pick<ListingState, 'moderatedAt'>): ModerationState {
  return state.moderatedAt ? 'moderated' : 'clear';
}

export function transitionListing(state: ListingState, event: ListingEvent): ListingTransition {
  const moderation = moderationStateOf(state);
  if (!ALLOWED[event.type].includes(moderation)) {
    return { ok: false, refusal: refusal(event.type, state) };
  }
  switch (event.type) {
    case 'show':
      return { ok: true, state: { ...state, status: 'active' } };
    case 'hide':
      // While moderated the product is hidden already; what changes is where a restore returns.
      return moderation === 'moderated'
        ? { ok: true, state: { ...state, statusBeforeModeration: 'hidden' } }
        : { ok: true, state: { ...state, status: 'hidden' } };
    case 'moderate':
      return {
        ok: true,
        state: {
          status: 'hidden',
          moderatedAt: event.at,
          moderatedByUserId: event.staffUserId,
          moderationReason: event.reason,
          statusBeforeModeration: state.status,
        },
      };
    case 'restore':
      return {
        ok: true,
        state: {
          status: state.statusBeforeModeration ?? 'hidden',
          moderatedAt: null,
          moderatedByUserId: null,
          moderationReason: null,
          statusBeforeModeration: null,
        },
      };
  }
}
