import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { sellerApplication } from '../test/fixtures';
import { ApplicationStatus } from './application-status';

describe('<ApplicationStatus>', () => {
  it('shows a rejection prominently, with its reason and a way to correct and resend', () => {
    renderWithProviders(
      <ApplicationStatus
        application={sellerApplication({
          status: 'rejected',
          editable: true,
          history: [
            { status: 'submitted', at: '2026-02-01T09:00:00.000Z', reason: null },
            {
              status: 'rejected',
              at: '2026-02-03T10:30:00.000Z',
              reason: 'La carte d’artisan jointe est illisible.',
            },
          ],
        })}
      />,
      { route: '/apply/status' },
    );

    expect(screen.getByTestId('application-status')).toHaveTextContent('Refusée');
    expect(screen.getByTestId('application-status')).toHaveAttribute('data-status', 'rejected');
    const reason = screen.getByTestId('application-rejection-reason');
    expect(reason).toHaveTextContent('Motif du refus');
    expect(reason).toHaveTextContent('La carte d’artisan jointe est illisible.');
    expect(screen.getByTestId('application-resubmit')).toHaveAttribute('href', '/apply/edit');
    expect(screen.getByTestId('application-resubmit')).toHaveTextContent('Modifier et renvoyer');

    const history = screen.getByRole('region', { name: 'Historique' });
    const events = within(history).getAllByRole('listitem');
    expect(events.map((event) => event.querySelector('.timeline__event')?.textContent)).toEqual([
      'Demande envoyée',
      'Demande refusée',
    ]);
    expect(events[1]).toHaveTextContent('Motif : La carte d’artisan jointe est illisible.');
  });

  it('offers no change while the chamber reviews the application', () => {
    renderWithProviders(<ApplicationStatus application={sellerApplication()} />, {
      route: '/apply/status',
    });

    expect(screen.getByTestId('application-status')).toHaveTextContent("En cours d'examen");
    expect(screen.queryByTestId('application-resubmit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('application-rejection-reason')).not.toBeInTheDocument();
  });

  it('links an approved seller to their shop', () => {
    renderWithProviders(
      <ApplicationStatus
        application={sellerApplication({ status: 'approved', shopSlug: 'atelier-lahcen' })}
      />,
      { route: '/apply/status' },
    );

    expect(screen.getByTestId('application-shop-link')).toHaveAttribute(
      'href',
      '/sellers/atelier-lahcen',
    );
  });

  it('sends a draft to the chamber', async () => {
    const draft = sellerApplication({
      status: 'draft',
      editable: true,
      submittedAt: null,
      history: [{ status: 'draft', at: '2026-02-01T09:00:00.000Z', reason: null }],
    });
    const { requests } = mockFetch(() =>
      jsonResponse({ ...draft, status: 'submitted', editable: false }),
    );
    renderWithProviders(<ApplicationStatus application={draft} />, { route: '/apply/status' });

    await userEvent.setup().click(screen.getByTestId('application-send-draft'));

    expect(await screen.findByText('Votre demande est envoyée à la Chambre.')).toBeInTheDocument();
    expect(requests()).toEqual(['/api/seller-applications/mine/submit']);
  });
});
