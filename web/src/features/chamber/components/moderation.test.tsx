import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ChamberProductListItem } from '@hirfa/shared';
import { productPage, productSummary } from '@/test/fixtures';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { HiddenProducts } from './hidden-products';
import { ProductSearch } from './product-search';

const hiddenItem: ChamberProductListItem = {
  id: 'p-9',
  slug: 'sac-importe',
  title: 'Sac importé',
  seller: { slug: 'atelier-x', name: 'Atelier X', status: 'approved' },
  visible: true,
  moderation: { hidden: true, reason: 'Article importé.', at: '2026-02-05T10:00:00.000Z' },
};

describe('moderation', () => {
  it('searches the storefront from the URL and hides a product only with a reason', async () => {
    const events = userEvent.setup();
    const { fetchMock, requests } = mockFetch((url) =>
      url.pathname === '/api/products'
        ? jsonResponse(productPage([productSummary()]))
        : jsonResponse({ id: 'p-1', slug: 'tajine-safi-bleu', sellerId: 's', visible: true }),
    );
    const view = renderWithProviders(<ProductSearch q="" />, { route: '/chamber/moderation' });

    await events.type(screen.getByTestId('moderation-search'), 'tajine{Enter}');
    expect(view.location().search).toBe('?q=tajine');
    view.unmount();

    renderWithProviders(<ProductSearch q="tajine" />, { route: '/chamber/moderation?q=tajine' });
    const result = await screen.findByTestId('moderation-result');
    expect(result).toHaveTextContent('Tajine émaillé bleu de Safi');
    await events.click(within(result).getByTestId('hide-button'));
    await events.click(screen.getByTestId('confirm-hide'));
    expect(screen.getByTestId('hide-reason')).toHaveAttribute('aria-invalid', 'true');

    await events.type(screen.getByTestId('hide-reason'), 'Photos d’un article importé.');
    await events.click(screen.getByTestId('confirm-hide'));

    expect(await screen.findByText('« Tajine émaillé bleu de Safi » est masqué.')).toBeVisible();
    expect(requests()).toContain('/api/admin/products/p-1/hide');
    const hideCall = fetchMock.mock.calls.find(([input]) => String(input).endsWith('/hide'));
    const [, init] = hideCall as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({ reason: 'Photos d’un article importé.' });
  });

  it('lists hidden products with their reason and restores one', async () => {
    const events = userEvent.setup();
    const { requests } = mockFetch((url) =>
      url.pathname === '/api/admin/products'
        ? jsonResponse({ items: [hiddenItem], total: 1, page: 1, limit: 20 })
        : jsonResponse({ id: 'p-9', slug: 'sac-importe', sellerId: 's', visible: true }),
    );
    renderWithProviders(<HiddenProducts page={1} />, { route: '/chamber/moderation' });

    const item = await screen.findByTestId('hidden-product');
    expect(item).toHaveTextContent('Motif : Article importé.');
    await events.click(within(item).getByTestId('restore-button'));

    expect(await screen.findByText('« Sac importé » est de nouveau visible.')).toBeVisible();
    expect(requests()).toContain('/api/admin/products?hidden=true&page=1&limit=20&lang=fr');
    expect(requests()).toContain('/api/admin/products/p-9/restore');
  });
});
