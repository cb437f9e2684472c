import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { productPage, productSummary, taxonomy } from '@/test/fixtures';
import { apiError, jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { NewestProducts } from './newest-products';

describe('<NewestProducts>', () => {
  it('asks for the eight newest products in the reader language', async () => {
    const { requests } = mockFetch((url) =>
      url.pathname === '/api/taxonomy'
        ? jsonResponse(taxonomy)
        : jsonResponse(productPage([productSummary()])),
    );
    renderWithProviders(<NewestProducts />);

    expect(screen.getByRole('status')).toHaveTextContent('Chargement…');
    expect(await screen.findAllByTestId('product-card')).toHaveLength(1);
    expect(requests()).toContain('/api/products?limit=8&sort=newest&lang=fr');
  });

  it('shows the error with a retry button that fetches again', async () => {
    const user = userEvent.setup();
    let failing = true;
    const { requests } = mockFetch((url) => {
      if (url.pathname === '/api/taxonomy') return jsonResponse(taxonomy);
      return failing
        ? apiError(503, 'Service Unavailable', 'Database is restarting')
        : jsonResponse(productPage([productSummary(), productSummary({ id: 'p-2', slug: 'b' })]));
    });
    renderWithProviders(<NewestProducts />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Impossible de charger ce contenu.');
    expect(alert).toHaveTextContent('Le serveur a rencontré un problème.');
    expect(alert).toHaveTextContent('Détail : Database is restarting');

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));

    expect(await screen.findAllByTestId('product-card')).toHaveLength(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(requests().filter((request) => request.startsWith('/api/products'))).toHaveLength(2);
  });

  it('tells the reader when the server cannot be reached', async () => {
    mockFetch((url) => {
      if (url.pathname === '/api/taxonomy') return jsonResponse(taxonomy);
      throw new TypeError('Failed to fetch');
    });
    renderWithProviders(<NewestProducts />);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.',
    );
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });
});
