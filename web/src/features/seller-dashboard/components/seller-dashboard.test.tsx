import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, jsonResponse } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import {
  mockApi,
  sellerApplication,
  sellerProduct,
  sellerProductPage,
  sentRequests,
} from '../testing/fixtures';
import { SellerDashboard } from './seller-dashboard';

const products = [
  sellerProduct(),
  sellerProduct({
    id: 'p-2',
    title: { fr: null, ar: 'زربية شيشاوة', en: null },
    price: { amount: 125050, currency: 'MAD' },
    stock: 1,
    oneOfAKind: true,
    visible: false,
    images: [],
  }),
  sellerProduct({
    id: 'p-3',
    title: { fr: 'Lanterne en laiton', ar: null, en: null },
    stock: 0,
    leadTimeDays: 15,
    visible: false,
    moderation: { hidden: true, reason: 'Photo floue', at: '2026-02-01T00:00:00.000Z' },
  }),
];

function api(page = sellerProductPage(products)) {
  return mockApi(({ url }) => {
    if (url.pathname === '/api/seller-applications/mine') return jsonResponse(sellerApplication());
    if (url.pathname === '/api/seller/products') return jsonResponse(page);
    return apiError(404, 'Not Found', url.pathname);
  });
}

describe('<SellerDashboard>', () => {
  it('lists the shop’s products with price, stock and whether shoppers see them', async () => {
    api();
    renderWithProviders(<SellerDashboard />, { route: '/seller' });

    const rows = await screen.findAllByTestId('seller-product-row');
    expect(rows).toHaveLength(3);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('3 produits');

    const [first, second, third] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(first).getByRole('link', { name: 'Tajine bleu de Safi' })).toHaveAttribute(
      'href',
      `/seller/products/${products[0]!.id}`,
    );
    expect(first).toHaveTextContent('450,00 MAD');
    expect(first).toHaveTextContent('3 en stock');
    expect(first).toHaveTextContent('Visible');
    const thumbnail = first.querySelector('img');
    expect(thumbnail).toHaveAttribute('width', '400');
    expect(thumbnail).toHaveAttribute('loading', 'lazy');

    // A title only written in Arabic is shown in Arabic, marked as such.
    expect(within(second).getByRole('link', { name: 'زربية شيشاوة' })).toHaveAttribute(
      'lang',
      'ar',
    );
    expect(second).toHaveTextContent('1.250,50 MAD');
    expect(second).toHaveTextContent('Pièce unique');
    expect(second).toHaveTextContent('Masqué');
    expect(second).toHaveTextContent('Pas de photo');

    expect(third).toHaveTextContent('Sur commande, 15 jours');
    expect(third).toHaveTextContent('Masqué par la Chambre');

    expect(screen.getByTestId('new-product')).toHaveAttribute('href', '/seller/products/new');
    expect(await screen.findByRole('link', { name: 'Voir ma boutique' })).toHaveAttribute(
      'href',
      '/sellers/atelier-lahcen',
    );
    expect(document.title).toBe('Espace vendeur · Hirfa');
  });

  it('searches and filters through the address, back to the first page', async () => {
    const user = userEvent.setup();
    const fetchMock = api(sellerProductPage(products, { total: 45, page: 2 }));
    const { location } = renderWithProviders(<SellerDashboard />, { route: '/seller?page=2' });

    await screen.findAllByTestId('seller-product-row');
    expect(screen.getByRole('navigation', { name: 'Pages' })).toHaveTextContent('Page 2 sur 3');

    await user.type(screen.getByRole('searchbox', { name: 'Rechercher un produit' }), 'tajine');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    await waitFor(() => expect(location().search).toBe('?q=tajine'));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Afficher' }), 'false');
    await waitFor(() => expect(location().search).toBe('?q=tajine&visible=false'));

    await waitFor(() =>
      expect(sentRequests(fetchMock).map((request) => request.path)).toEqual(
        expect.arrayContaining([
          '/api/seller/products?page=2&limit=20',
          '/api/seller/products?page=1&limit=20&q=tajine',
          '/api/seller/products?page=1&limit=20&visible=false&q=tajine',
        ]),
      ),
    );
  });

  it('invites a seller with no products to add one', async () => {
    api(sellerProductPage([]));
    renderWithProviders(<SellerDashboard />, { route: '/seller' });
    expect(
      await screen.findByText("Vous n'avez encore aucun produit. Ajoutez votre première pièce !"),
    ).toBeInTheDocument();
  });

  it('explains a 403 with a link to the application', async () => {
    mockApi(() => apiError(403, 'Forbidden', 'Your shop is waiting for the chamber’s approval'));
    renderWithProviders(<SellerDashboard />, { route: '/seller' });

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent("La Chambre d'artisanat doit approuver votre boutique");
    expect(within(notice).getByRole('link')).toHaveAttribute('href', '/apply');
  });
});
