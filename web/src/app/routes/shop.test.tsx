import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SellerShop } from '@hirfa/shared';
import { changeLanguage } from '@/lib/i18n';
import { productPage, productSummary, taxonomy } from '@/test/fixtures';
import { apiError, jsonResponse, mockFetch, type FetchHandler } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { ShopRoute } from './shop';

const cooperative: SellerShop = {
  slug: 'cooperative-tifaout',
  name: 'Coopérative Tifaout',
  kind: 'cooperative',
  province: 'essaouira',
  craft: 'pottery',
  bio: 'Des femmes potières de la région, réunies depuis 2012.',
  bioLanguage: 'fr',
  verified: { by: 'chamber-of-crafts', since: '2021-03-15T10:00:00.000Z' },
  members: [
    { name: 'Fatima Zahra', craft: 'pottery' },
    { name: 'Khadija', craft: 'leather' },
  ],
  productCount: 30,
};

const pieces = Array.from({ length: 3 }, (_, index) =>
  productSummary({ id: `p-${index}`, slug: `piece-${index}`, title: `Pièce ${index}` }),
);

function api(overrides: Partial<Record<string, FetchHandler>> = {}): FetchHandler {
  return (url) => {
    const custom = overrides[url.pathname];
    if (custom) return custom(url);
    if (url.pathname === '/api/taxonomy') return jsonResponse(taxonomy);
    if (url.pathname === '/api/sellers/cooperative-tifaout') return jsonResponse(cooperative);
    if (url.pathname === '/api/products') {
      return jsonResponse(
        productPage(pieces, { total: 30, page: Number(url.searchParams.get('page')) }),
      );
    }
    return apiError(404, 'Not Found', `No shop is open at "${url.pathname}"`);
  };
}

function renderShop(route = '/sellers/cooperative-tifaout') {
  return renderWithProviders(<ShopRoute />, { route, path: '/sellers/:slug' });
}

describe('the public shop page', () => {
  it('shows the shop with the chamber’s badge, its members and its products', async () => {
    const { requests } = mockFetch(api());
    renderShop();

    expect(await screen.findByTestId('shop-name')).toHaveTextContent('Coopérative Tifaout');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Coopérative Tifaout');
    const badge = screen.getByTestId('verified-badge');
    expect(badge).toHaveTextContent("Vérifié par la Chambre d'artisanat depuis mars 2021");
    expect(screen.getByText('Coopérative')).toBeInTheDocument();
    expect(await screen.findByText('Essaouira')).toBeInTheDocument();
    expect(
      screen.getByText('Des femmes potières de la région, réunies depuis 2012.'),
    ).not.toHaveAttribute('lang');

    const members = screen.getByRole('region', { name: 'Les membres de la coopérative' });
    expect(within(members).getAllByRole('listitem')).toHaveLength(2);
    expect(members).toHaveTextContent('Fatima Zahra');
    expect(members).toHaveTextContent('Maroquinerie');

    const cards = await screen.findAllByTestId('product-card');
    expect(cards).toHaveLength(3);
    expect(within(cards[0]!).getByRole('link', { name: 'Pièce 0' })).toHaveAttribute(
      'href',
      '/products/piece-0',
    );
    expect(cards[0]).toHaveTextContent('450,00 MAD');
    const image = within(cards[2]!).getByRole('img');
    expect(image).toHaveAttribute('width', '400');
    expect(image).toHaveAttribute('height', '300');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(screen.getByText('30 produits')).toBeInTheDocument();

    expect(requests()).toContain('/api/sellers/cooperative-tifaout?lang=fr');
    expect(requests()).toContain(
      '/api/products?seller=cooperative-tifaout&page=1&limit=24&lang=fr',
    );
    expect(document.title).toBe('Coopérative Tifaout · Hirfa');
  });

  it('pages through the shop’s products', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch(api());
    const { location } = renderShop();

    await screen.findAllByTestId('product-card');
    await user.click(screen.getByRole('link', { name: /Page suivante/ }));
    await waitFor(() => expect(location().search).toBe('?page=2'));
    await waitFor(() =>
      expect(requests()).toContain(
        '/api/products?seller=cooperative-tifaout&page=2&limit=24&lang=fr',
      ),
    );
    expect(await screen.findByText('Page 2 sur 2')).toBeInTheDocument();
  });

  it('reads the bio in the reader’s language, marking a fallback', async () => {
    mockFetch(
      api({
        '/api/sellers/cooperative-tifaout': () =>
          jsonResponse({ ...cooperative, bio: 'نساء خزّافات من المنطقة', bioLanguage: 'ar' }),
      }),
    );
    await act(() => changeLanguage('en'));
    renderShop();

    expect(await screen.findByTestId('verified-badge')).toHaveTextContent(
      'Verified by the Chamber of Crafts since March 2021',
    );
    const bio = screen.getByText('نساء خزّافات من المنطقة');
    expect(bio).toHaveAttribute('lang', 'ar');
    expect(bio).toHaveAttribute('dir', 'rtl');
  });

  it('says when no shop is open at the address', async () => {
    mockFetch(api());
    renderShop('/sellers/nobody');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Boutique introuvable' }),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('product-card')).not.toBeInTheDocument();
  });
});
