import { SELLER_STATUSES, type SellerStatus } from './accounts';
import {
  canApplySellerAction,
  canTransitionSeller,
  MOROCCAN_PHONE_PATTERN,
  SELLER_ACTION_RULES,
  SELLER_ACTIONS,
  SELLER_EDITABLE_STATUSES,
  SELLER_INITIAL_STATUSES,
  SELLER_STATUS_TRANSITIONS,
} from './sellers';

describe('seller status table', () => {
  it('follows an application from draft to approval', () => {
    expect(canTransitionSeller('draft', 'submitted')).toBe(true);
    expect(canTransitionSeller('submitted', 'approved')).toBe(true);
  });

  it('lets a rejected applicant resubmit, and staff suspend and reinstate', () => {
    expect(canTransitionSeller('submitted', 'rejected')).toBe(true);
    expect(canTransitionSeller('rejected', 'submitted')).toBe(true);
    expect(canTransitionSeller('approved', 'suspended')).toBe(true);
    expect(canTransitionSeller('suspended', 'approved')).toBe(true);
  });

  it('refuses every other move', () => {
    const allowed = new Set([
      'draft>submitted',
      'submitted>approved',
      'submitted>rejected',
      'rejected>submitted',
      'approved>suspended',
      'suspended>approved',
    ]);
    for (const from of SELLER_STATUSES) {
      for (const to of SELLER_STATUSES) {
        expect([`${from}>${to}`, canTransitionSeller(from, to)]).toEqual([
          `${from}>${to}`,
          allowed.has(`${from}>${to}`),
        ]);
      }
    }
  });

  it('never goes back to draft and covers every status', () => {
    expect(Object.keys(SELLER_STATUS_TRANSITIONS).sort()).toEqual([...SELLER_STATUSES].sort());
    for (const targets of Object.values(SELLER_STATUS_TRANSITIONS)) {
      expect(targets).not.toContain('draft');
    }
    expect(SELLER_INITIAL_STATUSES).toEqual(['draft', 'submitted']);
    expect(SELLER_EDITABLE_STATUSES).toEqual(['draft', 'rejected']);
  });
});

describe('seller actions', () => {
  it('only name moves that the table allows', () => {
    for (const action of SELLER_ACTIONS) {
      const rule = SELLER_ACTION_RULES[action];
      for (const from of rule.from) expect(canTransitionSeller(from, rule.to)).toBe(true);
    }
  });

  it('tells approving from reinstating', () => {
    expect(canApplySellerAction('approve', 'submitted')).toBe(true);
    expect(canApplySellerAction('approve', 'suspended')).toBe(false);
    expect(canApplySellerAction('reinstate', 'suspended')).toBe(true);
    expect(canApplySellerAction('reinstate', 'submitted')).toBe(false);
    expect(canApplySellerAction('approve', 'approved')).toBe(false);
  });

  it('lets the applicant submit from draft or rejected only', () => {
    const from = SELLER_STATUSES.filter((status: SellerStatus) =>
      canApplySellerAction('submit', status),
    );
    expect(from).toEqual(['draft', 'rejected']);
    expect(SELLER_ACTION_RULES.submit.by).toBe('applicant');
  });

  it('requires a reason to reject or suspend, and only then', () => {
    const withReason = SELLER_ACTIONS.filter(
      (action) => SELLER_ACTION_RULES[action].reasonRequired,
    );
    expect(withReason).toEqual(['reject', 'suspend']);
  });
});

describe('Moroccan phone numbers', () => {
  it('accepts landlines and mobiles, national or international', () => {
    for (const phone of ['0524123456', '0612345678', '0712345678', '+212612345678']) {
      expect(MOROCCAN_PHONE_PATTERN.test(phone)).toBe(true);
    }
  });

  it('refuses other numbers', () => {
    for (const phone of ['0412345678', '061234567', '+33612345678', '00212612345678', '']) {
      expect(MOROCCAN_PHONE_PATTERN.test(phone)).toBe(false);
    }
  });
});
