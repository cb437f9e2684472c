import type { SellerStatus, SellerStatusChange } from '@hirfa/shared';

/** The reason given with the latest move to `status`, if any. */
export function latestReason(
  application: { history: readonly SellerStatusChange[] },
  status: SellerStatus,
): string | null {
  for (let index = application.history.length - 1; index >= 0; index -= 1) {
    const change = application.history[index];
    if (change?.status === status) return change.reason;
  }
  return null;
}
