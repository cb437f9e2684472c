import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SellerProduct } from '@hirfa/shared';
import { apiError, jsonResponse } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import {
  mockApi,
  sellerApplication,
  sellerProduct,
  sentRequests,
  type ApiRoute,
} from '../testing/fixtures';
import { EditProductPage } from './edit-product-page';

const moderated = sellerProduct({
  visible: false,
  moderation: {
    hidden: true,
    reason: 'Les photos montrent un article importé.',
    at: '2026-02-03T10:00:00.000Z',
  },
});

/** The seller's application and one product; `write` answers anything but a GET. */
function api(product: SellerProduct, write?: ApiRoute, read?: ApiRoute) {
  return mockApi((request) => {
    const { method, url } = request;
    if (url.pathname === '/api/seller-applications/mine') return jsonResponse(sellerApplication());
    if (method !== 'GET' && write) return write(request);
    if (read) return read(request);
    if (url.pathname === `/api/seller/products/${product.id}`) return jsonResponse(product);
    return apiError(404, 'Not Found', `Nothing at ${url.pathname}`);
  });
}

describe('<EditProductPage>', () => {
  it('shows why the chamber hid the product and does not offer to show it', async () => {
    api(moderated);
    renderWithProviders(<EditProductPage id={moderated.id} />);

    const notice = await screen.findByTestId('moderation-notice');
    expect(notice).toHaveTextContent("Masqué par la Chambre d'artisanat");
    expect(notice).toHaveTextContent('Motif : Les photos montrent un article importé.');
    expect(notice).toHaveTextContent('3 février 2026');

    const visible = screen.getByTestId('product-visible');
    expect(visible).toBeDisabled();
    expect(visible).not.toBeChecked();
    expect(visible).toHaveAccessibleDescription(/vous ne pouvez pas le rendre visible/);
    expect(screen.getByText('Masqué par la Chambre')).toHaveClass('listing-badge--moderated');
    expect(screen.queryByRole('link', { name: 'Voir la page publique' })).not.toBeInTheDocument();
  });

  it('shows no notice for a product the chamber has not hidden', async () => {
    api(sellerProduct());
    renderWithProviders(<EditProductPage id={sellerProduct().id} />);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Tajine bleu de Safi',
    );
    expect(screen.queryByTestId('moderation-notice')).not.toBeInTheDocument();
    expect(screen.getByTestId('product-visible')).toBeEnabled();
    expect(screen.getByRole('link', { name: 'Voir la page publique' })).toHaveAttribute(
      'href',
      '/products/tajine-bleu-de-safi',
    );
    expect(document.title).toBe('Modifier : Tajine bleu de Safi · Hirfa');
  });

  it('explains the refusal to show a product the chamber hid in the meantime', async () => {
    const user = userEvent.setup();
    const product = sellerProduct({ visible: false });
    const fetchMock = api(product, () =>
      apiError(409, 'Conflict', 'The chamber has hidden this product (reason: …)'),
    );
    renderWithProviders(<EditProductPage id={product.id} />);

    await user.click(await screen.findByTestId('product-visible'));
    await user.click(screen.getByTestId('product-save'));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      "La Chambre d'artisanat a masqué ce produit : il ne peut pas être rendu visible.",
    );
    expect(sentRequests(fetchMock).at(-1)).toMatchObject({
      method: 'PATCH',
      body: { visible: true },
    });
  });

  it('sends the seller without an approved shop to the application', async () => {
    api(sellerProduct(), undefined, () =>
      apiError(403, 'Forbidden', 'Your shop is suspended by the chamber'),
    );
    renderWithProviders(<EditProductPage id={sellerProduct().id} />);

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent("Votre boutique n'est pas ouverte");
    expect(notice).toHaveTextContent('Your shop is suspended by the chamber');
    expect(
      within(notice).getByRole('link', { name: 'Voir ma demande de vendeur' }),
    ).toHaveAttribute('href', '/apply');
  });

  it('says when the product does not exist', async () => {
    api(sellerProduct());
    renderWithProviders(<EditProductPage id="9e2c0000-0000-4000-8000-00000000dead" />);
    expect(await screen.findByRole('heading', { name: 'Produit introuvable' })).toBeInTheDocument();
  });

  it('deletes the product after confirmation and goes back to the list', async () => {
    const user = userEvent.setup();
    const product = sellerProduct();
    const fetchMock = api(product, () => new Response(null, { status: 204 }));
    const { location } = renderWithProviders(<EditProductPage id={product.id} />, {
      route: `/seller/products/${product.id}`,
    });

    await user.click(await screen.findByTestId('product-delete'));
    expect(screen.getByText('Supprimer définitivement ce produit ?')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.getByTestId('product-delete')).toHaveFocus();
    expect(sentRequests(fetchMock).some((request) => request.method === 'DELETE')).toBe(false);

    await user.click(screen.getByTestId('product-delete'));
    await user.click(screen.getByTestId('confirm-delete'));
    await waitFor(() => expect(location().pathname).toBe('/seller'));
    expect(sentRequests(fetchMock).at(-1)).toMatchObject({
      method: 'DELETE',
      path: `/api/seller/products/${product.id}`,
    });
  });
});
