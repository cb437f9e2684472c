import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { applicationDetail } from '../test/fixtures';
import { ApplicationDetail } from './application-detail';

const submitted = applicationDetail();

function bodyOf(call: unknown) {
  const [, init] = call as [string, RequestInit];
  return JSON.parse(String(init.body)) as unknown;
}

describe('chamber decisions', () => {
  it('does not reject without a reason', async () => {
    const events = userEvent.setup();
    const { fetchMock } = mockFetch(() => jsonResponse({}));
    renderWithProviders(<ApplicationDetail application={submitted} />, {
      route: `/chamber/applications/${submitted.id}`,
    });

    await events.click(screen.getByTestId('reject-button'));
    const reason = screen.getByTestId('reject-reason');
    expect(reason).toHaveFocus();
    expect(reason).toHaveAccessibleName('Motif du refus');

    await events.click(screen.getByTestId('confirm-reject'));
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(
      'Le demandeur verra ce motif : dites-lui quoi corriger. Entre 5 et 1000 caractères. Indiquez un motif de 5 à 1000 caractères.',
    );

    await events.type(reason, ' abc ');
    await events.click(screen.getByTestId('confirm-reject'));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('rejects with the reason given, then shows the new status', async () => {
    const events = userEvent.setup();
    const rejected = applicationDetail({
      status: 'rejected',
      history: [
        ...submitted.history,
        {
          status: 'rejected',
          from: 'submitted',
          at: '2026-02-02T09:00:00.000Z',
          reason: 'Carte illisible : envoyez une copie nette.',
          by: { id: 's-1', name: 'Nadia Staff' },
        },
      ],
    });
    const { fetchMock, requests } = mockFetch(() => jsonResponse(rejected));
    renderWithProviders(<ApplicationDetail application={submitted} />, {
      route: `/chamber/applications/${submitted.id}`,
    });

    await events.click(screen.getByTestId('reject-button'));
    await events.type(
      screen.getByTestId('reject-reason'),
      '  Carte illisible : envoyez une copie nette.  ',
    );
    await events.click(screen.getByTestId('confirm-reject'));

    expect(await screen.findByText('Demande refusée : le demandeur verra le motif.')).toBeVisible();
    expect(requests()).toEqual([`/api/admin/seller-applications/${submitted.id}/reject`]);
    expect(bodyOf(fetchMock.mock.calls[0])).toEqual({
      reason: 'Carte illisible : envoyez une copie nette.',
    });
  });

  it('approves, and offers suspension once approved', async () => {
    const events = userEvent.setup();
    const { queryClient } = renderWithProviders(<ApplicationDetail application={submitted} />, {
      route: `/chamber/applications/${submitted.id}`,
    });
    mockFetch(() =>
      jsonResponse(applicationDetail({ status: 'approved', slug: 'atelier-lahcen' })),
    );

    await events.type(screen.getByLabelText("Note pour l'historique (facultatif)"), 'Carte vue.');
    await events.click(screen.getByTestId('approve-button'));

    expect(await screen.findByText('Demande approuvée : la boutique est ouverte.')).toBeVisible();
    expect(
      queryClient.getQueryData(['chamber', 'applications', 'detail', submitted.id]),
    ).toMatchObject({ status: 'approved' });
  });

  it('explains a conflict when another staff member decided first', async () => {
    const events = userEvent.setup();
    mockFetch(() => apiError(409, 'Conflict', 'Cannot approve a rejected seller'));
    renderWithProviders(<ApplicationDetail application={submitted} />, {
      route: `/chamber/applications/${submitted.id}`,
    });

    await events.click(screen.getByTestId('approve-button'));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Cette demande a changé entre-temps ; son état actuel est affiché.',
    );
  });

  it('suspends an approved seller only with a reason, and reinstates a suspended one', async () => {
    const events = userEvent.setup();
    const approved = applicationDetail({ status: 'approved', slug: 'atelier-lahcen' });
    const view = renderWithProviders(<ApplicationDetail application={approved} />, {
      route: `/chamber/applications/${approved.id}`,
    });
    expect(screen.getByTestId('application-state')).toHaveTextContent('Approuvé');
    expect(screen.queryByTestId('approve-button')).toBeNull();

    await events.click(screen.getByTestId('suspend-button'));
    await events.click(screen.getByTestId('confirm-suspend'));
    expect(screen.getByTestId('suspend-reason')).toHaveAttribute('aria-invalid', 'true');

    view.unmount();
    const { requests } = mockFetch(() => jsonResponse(approved));
    renderWithProviders(
      <ApplicationDetail application={applicationDetail({ status: 'suspended' })} />,
      { route: `/chamber/applications/${approved.id}` },
    );
    await events.click(screen.getByTestId('reinstate-button'));
    expect(await screen.findByText('Boutique rétablie.')).toBeVisible();
    expect(requests()).toEqual([`/api/admin/sellers/${approved.id}/reinstate`]);
  });
});
