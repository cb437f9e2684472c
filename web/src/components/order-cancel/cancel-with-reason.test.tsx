import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import {
  CancelWithReason,
  type CancelMutation,
  type CancelWithReasonProps,
} from './cancel-with-reason';

function mutation(overrides: Partial<CancelMutation> = {}): CancelMutation {
  return {
    mutate: () => undefined,
    isPending: false,
    isError: false,
    error: null,
    reset: () => undefined,
    ...overrides,
  };
}

function renderCancel(props: Partial<CancelWithReasonProps> = {}) {
  return render(
    <CancelWithReason
      allowed
      mutation={mutation()}
      text={(key) => `[${key}]`}
      openText="[open]"
      layout="section"
      testId="thing-cancel"
      classNames={{ root: 'root', error: 'error', open: 'open', actions: 'actions' }}
      {...props}
    />,
  );
}

describe('CancelWithReason', () => {
  it('closes the form with "keep" without sending, and forgets the refused reason', async () => {
    const sent: string[] = [];
    renderCancel({ mutation: mutation({ mutate: (reason) => sent.push(reason) }) });
    const user = userEvent.setup();

    await user.click(screen.getByTestId('thing-cancel-open'));
    await user.click(screen.getByTestId('thing-cancel-confirm'));
    expect(screen.getByText('[reasonInvalid]')).toBeVisible();
    await user.click(screen.getByRole('button', { name: '[keep]' }));

    expect(screen.queryByTestId('thing-cancel-reason')).toBeNull();
    await user.click(screen.getByTestId('thing-cancel-open'));
    expect(screen.queryByText('[reasonInvalid]')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('marks the confirm button while sending: aria-disabled, or disabled when asked', async () => {
    const user = userEvent.setup();
    const { unmount } = renderCancel({ mutation: mutation({ isPending: true }) });
    await user.click(screen.getByTestId('thing-cancel-open'));
    const marked = screen.getByTestId('thing-cancel-confirm');
    expect(marked).toHaveAttribute('aria-disabled', 'true');
    expect(marked).not.toBeDisabled();
    expect(marked).toHaveTextContent('[sending]');
    unmount();

    renderCancel({ mutation: mutation({ isPending: true }), disableWhilePending: true });
    await user.click(screen.getByTestId('thing-cancel-open'));
    const disabled = screen.getByTestId('thing-cancel-confirm');
    expect(disabled).toBeDisabled();
    expect(disabled).not.toHaveAttribute('aria-disabled');
  });

  it('still shows a refusal once cancelling is no longer allowed', () => {
    renderCancel({
      allowed: false,
      mutation: mutation({ isError: true, error: new ApiError('http', 503, 'down') }),
    });
    expect(screen.getByRole('alert')).toHaveTextContent('[errors.unavailable]');
    expect(screen.queryByTestId('thing-cancel-open')).toBeNull();
  });

  it('renders nothing when not allowed and nothing happened', () => {
    const { container } = renderCancel({ allowed: false });
    expect(container).toBeEmptyDOMElement();
  });
});
