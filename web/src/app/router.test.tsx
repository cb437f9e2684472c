import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { productDetail, productPage, productSummary, taxonomy } from '@/test/fixtures';
import { apiError, jsonResponse, mockFetch, type FetchHandler } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { AppRoutes } from './router';

const summaries = Array.from({ length: 3 }, (_, index) =>
  productSummary({ id: `p-${index}`, slug: `piece-${index}`, title: `Pièce ${index}` }),
);

function api(overrides: Partial<Record<string, FetchHandler>> = {}): FetchHandler {
  return (url) => {
    const custom = overrides[url.pathname];
    if (custom) return custom(url);
    if (url.pathname === '/api/taxonomy') return jsonResponse(taxonomy);
    if (url.pathname === '/api/products') return jsonResponse(productPage(summaries));
    return apiError(404, 'Not Found', `Nothing at ${url.pathname}`);
  };
}

describe('storefront routes', () => {
  it('renders the home page with the newest products and sets the title', async () => {
    const { requests } = mockFetch(api());
    renderWithProviders(<AppRoutes />, { route: '/' });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      "Le savoir-faire des artisans, de l'atelier à votre porte",
    );
    expect(await screen.findAllByTestId('product-card')).toHaveLength(3);
    expect(requests()).toContain('/api/products?limit=8&sort=newest&lang=fr');
    expect(document.title).toBe('Artisanat de Marrakech-Safi · Hirfa');
    expect(screen.getByRole('link', { name: 'Poterie' })).toHaveAttribute(
      'href',
      '/products?craft=pottery',
    );
    expect(screen.getByRole('link', { name: 'Safi' })).toHaveAttribute(
      'href',
      '/products?province=safi',
    );
    // Cards visible without scrolling load at once, the rest lazily.
    const images = screen.getAllByRole('img');
    expect(images.map((image) => image.getAttribute('loading'))).toEqual([
      'eager',
      'eager',
      'lazy',
    ]);
  });

  it('sends the URL filters to the API and pages through the results', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch(
      api({
        '/api/products': (url) =>
          jsonResponse(
            productPage(summaries, { total: 60, page: Number(url.searchParams.get('page')) }),
          ),
      }),
    );
    const view = renderWithProviders(<AppRoutes />, {
      route: '/products?province=safi&sort=price_desc&page=2',
    });

    expect(await screen.findByText('Page 2 sur 3')).toBeInTheDocument();
    expect(requests()).toContain(
      '/api/products?page=2&limit=24&province=safi&sort=price_desc&lang=fr',
    );
    expect(screen.getByRole('heading', { level: 2, name: '60 produits' })).toBeInTheDocument();
    expect(document.title).toBe('Catalogue (Page 2 sur 3) · Hirfa');

    const pagination = screen.getByRole('navigation', { name: 'Pagination' });
    await user.click(within(pagination).getByRole('link', { name: /Page suivante/ }));

    expect(await screen.findByText('Page 3 sur 3')).toBeInTheDocument();
    expect(new URLSearchParams(view.location().search).get('page')).toBe('3');
    expect(within(pagination).queryByRole('link', { name: /Page suivante/ })).toBeNull();

    await user.click(within(pagination).getByRole('link', { name: /Page précédente/ }));
    expect(await screen.findByText('Page 2 sur 3')).toBeInTheDocument();
  });

  it('searches from the header and narrows the results with the facets', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch(
      api({
        '/api/products': (url) =>
          jsonResponse(
            productPage(summaries, {
              facets: {
                province: [
                  { value: 'safi', count: 2 },
                  { value: 'essaouira', count: 1 },
                ],
                craft: [{ value: 'pottery', count: 3 }],
                category: [],
                price: [{ min: 0, max: 20_000, count: 3 }],
              },
              total: url.searchParams.get('province') === 'safi' ? 2 : 3,
            }),
          ),
      }),
    );
    const view = renderWithProviders(<AppRoutes />, { route: '/' });
    await screen.findAllByTestId('product-card');

    await user.type(screen.getByTestId('search-box'), 'tajine{Enter}');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Résultats pour « tajine »' }),
    ).toBeInTheDocument();
    expect(view.location()).toEqual({ pathname: '/products', search: '?q=tajine' });
    expect(requests()).toContain('/api/products?page=1&limit=24&q=tajine&sort=relevance&lang=fr');
    expect(document.title).toBe('Résultats pour «\u00a0tajine\u00a0» · Hirfa');
    expect(screen.getByRole('combobox', { name: 'Trier par' })).toHaveValue('relevance');
    expect(screen.getByTestId('search-box')).toHaveValue('tajine');
    // A new page: focus moves to its content, as after following a link.
    expect(screen.getByRole('main')).toHaveFocus();

    const count = screen.getByRole('heading', { level: 2, name: '3 produits' });
    const live = count.closest('[aria-live]');
    expect(live).toHaveAttribute('aria-live', 'polite');

    await user.click(screen.getByRole('link', { name: 'Safi 2 produits' }));

    // The same live region, still in the page, now holds the new count to be read out.
    await waitFor(() => expect(live).toHaveTextContent('2 produits'));
    expect(live).toBeInTheDocument();
    expect(requests()).toContain(
      '/api/products?page=1&limit=24&q=tajine&province=safi&sort=relevance&lang=fr',
    );
    expect(screen.getByRole('link', { name: 'Effacer les filtres' })).toHaveAttribute(
      'href',
      '/products?q=tajine',
    );
  });

  it('suggests what to try when a search finds nothing', async () => {
    mockFetch(api({ '/api/products': () => jsonResponse(productPage([])) }));
    renderWithProviders(<AppRoutes />, { route: '/products?q=tajinne&craft=pottery' });

    // The reader's words sit in a <bdi>, so the sentence spans two elements.
    expect(await screen.findByText(/^Aucun produit ne correspond à/)).toHaveTextContent(
      'Aucun produit ne correspond à « tajinne ».',
    );
    expect(screen.getByText('Retirez un filtre pour voir plus de produits.')).toBeInTheDocument();
    const emptyState = screen.getByText('Retirez un filtre pour voir plus de produits.')
      .parentElement as HTMLElement;
    expect(within(emptyState).getByRole('link', { name: 'Effacer les filtres' })).toHaveAttribute(
      'href',
      '/products?q=tajinne',
    );
    expect(
      within(emptyState).getByRole('link', { name: 'Voir tout le catalogue' }),
    ).toHaveAttribute('href', '/products');
  });

  it('marks the current section in the navigation and takes focus to a new page', async () => {
    const user = userEvent.setup();
    mockFetch(
      api({ '/api/products/piece-0': () => jsonResponse(productDetail({ slug: 'piece-0' })) }),
    );
    renderWithProviders(<AppRoutes />, { route: '/' });
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: 'Accueil' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await user.click((await screen.findAllByRole('link', { name: /^Pièce/ }))[0]!);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Tajine émaillé bleu de Safi',
    );
    expect(screen.getByRole('main')).toHaveFocus();
    expect(within(nav).getByRole('link', { name: 'Catalogue' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Accueil' })).not.toHaveAttribute('aria-current');
  });

  it('shows a product with its names in the reader language', async () => {
    mockFetch(
      api({
        '/api/products/tajine-safi-bleu': () =>
          jsonResponse(productDetail({ stock: 1, madeBy: 'Fatima Zahra' })),
      }),
    );
    renderWithProviders(<AppRoutes />, { route: '/products/tajine-safi-bleu' });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Tajine émaillé bleu de Safi',
    );
    expect(document.title).toBe('Tajine émaillé bleu de Safi · Hirfa');
    expect(screen.getByText('Pièce unique')).toBeInTheDocument();
    expect(screen.getByText('450,00 MAD')).toBeInTheDocument();
    expect(screen.getByText('Atelier Lahcen')).toBeInTheDocument();
    expect(screen.getByText('Réalisé par Fatima Zahra')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Poterie' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Arts de la table' })).toBeInTheDocument();
    expect(screen.getByText('émail au cobalt')).toBeInTheDocument();
    expect(screen.getByText('Cuit au four à bois.')).toBeInTheDocument();

    const image = screen.getByRole('img', { name: 'Tajine en terre cuite émaillée bleu cobalt' });
    expect(image).toHaveAttribute('src', '/media/products/tajine-800.webp');
    expect(image).toHaveAttribute('width', '800');
    expect(image).not.toHaveAttribute('loading', 'lazy');
  });

  it('says when a product is sold out, or how many are left', async () => {
    mockFetch(
      api({
        '/api/products/gone': () => jsonResponse(productDetail({ slug: 'gone', stock: 0 })),
        '/api/products/many': () => jsonResponse(productDetail({ slug: 'many', stock: 4 })),
      }),
    );
    renderWithProviders(<AppRoutes />, { route: '/products/gone' });
    expect(await screen.findByText('Épuisé')).toBeInTheDocument();

    renderWithProviders(<AppRoutes />, { route: '/products/many' });
    expect(await screen.findByText('4 en stock')).toBeInTheDocument();
  });

  it('asks again in Arabic when the reader switches language', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch(
      api({
        '/api/products/tajine-safi-bleu': (url) =>
          jsonResponse(
            url.searchParams.get('lang') === 'ar'
              ? productDetail({ title: 'طاجين آسفي الأزرق', language: 'ar' })
              : productDetail(),
          ),
      }),
    );
    renderWithProviders(<AppRoutes />, { route: '/products/tajine-safi-bleu' });
    await screen.findByRole('heading', { level: 1, name: 'Tajine émaillé bleu de Safi' });

    await user.selectOptions(screen.getByTestId('language-switcher'), 'ar');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'طاجين آسفي الأزرق' }),
    ).toBeInTheDocument();
    expect(requests()).toContain('/api/products/tajine-safi-bleu?lang=ar');
    expect(screen.getByRole('link', { name: 'الفخار' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });

  it('shows a not-found page for a missing product', async () => {
    mockFetch(api());
    renderWithProviders(<AppRoutes />, { route: '/products/nope' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Produit introuvable' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Réessayer' })).not.toBeInTheDocument();
  });

  it('shows a not-found page for an unknown address', async () => {
    mockFetch(api());
    renderWithProviders(<AppRoutes />, { route: '/nowhere' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page introuvable' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Page introuvable · Hirfa'));
  });

  it('lays out landmarks with a skip link to the main content', async () => {
    mockFetch(api());
    renderWithProviders(<AppRoutes />, { route: '/' });
    await screen.findAllByTestId('product-card');

    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aller au contenu' })).toHaveAttribute(
      'href',
      '#main-content',
    );
  });

  it('keeps the page usable in English', async () => {
    await act(() => changeLanguage('en'));
    const { requests } = mockFetch(api());
    renderWithProviders(<AppRoutes />, { route: '/products' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Catalogue' })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: '3 products' }),
    ).toBeInTheDocument();
    expect(requests()).toContain('/api/products?page=1&limit=24&sort=newest&lang=en');
  });
});
