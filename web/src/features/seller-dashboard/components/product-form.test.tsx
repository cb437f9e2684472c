import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SellerProduct } from '@hirfa/shared';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { sellerProduct, sentRequests } from '../testing/fixtures';
import { ProductForm } from './product-form';

function answerWith(product: SellerProduct) {
  return mockFetch(() => jsonResponse(product, 200));
}

describe('<ProductForm> editing a product', () => {
  it('sends only the fields that changed', async () => {
    const user = userEvent.setup();
    const product = sellerProduct();
    const { fetchMock } = answerWith({ ...product, price: { amount: 52050, currency: 'MAD' } });
    renderWithProviders(<ProductForm product={product} members={[]} />);

    const price = screen.getByTestId('product-price');
    expect(price).toHaveValue('450');
    await user.clear(price);
    await user.type(price, '520,50');
    await user.click(screen.getByRole('tab', { name: /العربية/ }));
    await user.type(screen.getByTestId('product-title-ar'), 'طاجين آسفي الأزرق');
    await user.clear(screen.getByTestId('product-title-en'));
    await user.click(screen.getByTestId('product-save'));

    expect(await screen.findByText('Modifications enregistrées.')).toBeInTheDocument();
    expect(sentRequests(fetchMock)).toEqual([
      {
        method: 'PATCH',
        path: `/api/seller/products/${product.id}`,
        body: {
          // Untouched French and description are left out; the cleared English is null.
          title: { ar: 'طاجين آسفي الأزرق', en: null },
          price: { amount: 52050, currency: 'MAD' },
        },
      },
    ]);
  });

  it('sends the changed dimension alone, and null when all are cleared', async () => {
    const user = userEvent.setup();
    const product = sellerProduct();
    const { fetchMock } = answerWith(product);
    renderWithProviders(<ProductForm product={product} members={[]} />);

    await user.type(screen.getByTestId('product-height'), '12');
    await user.click(screen.getByTestId('product-save'));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(sentRequests(fetchMock)[0]!.body).toEqual({ dimensions: { heightCm: 12 } });
  });

  it('sends nothing when nothing changed', async () => {
    const user = userEvent.setup();
    const { fetchMock } = answerWith(sellerProduct());
    renderWithProviders(<ProductForm product={sellerProduct()} members={[]} />);

    await user.click(screen.getByTestId('product-save'));
    expect(await screen.findByText('Aucune modification à enregistrer.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the API’s refusal next to its field', async () => {
    const user = userEvent.setup();
    mockFetch(() =>
      jsonResponse(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Invalid request',
          details: [{ field: 'materials.0', messages: ['materials must be shorter'] }],
        },
        400,
      ),
    );
    renderWithProviders(<ProductForm product={sellerProduct()} members={[]} />);

    await user.type(screen.getByTestId('product-materials'), ', tissu');
    await user.click(screen.getByTestId('product-save'));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Corrigez 1 champ');
    expect(summary).toHaveFocus();
    const materials = screen.getByTestId('product-materials');
    expect(materials).toHaveAttribute('aria-invalid', 'true');
    expect(materials).toHaveAccessibleDescription(/materials must be shorter/);
  });
});

describe('<ProductForm> creating a product', () => {
  it('locks the stock to 1 for a one-of-a-kind piece', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProductForm members={[]} />);

    const stock = screen.getByTestId('product-stock');
    await user.clear(stock);
    await user.type(stock, '5');
    await user.click(screen.getByTestId('product-one-of-a-kind'));

    expect(stock).toHaveValue('1');
    expect(stock).toHaveAttribute('readonly');
    expect(stock).toHaveAccessibleDescription(/stock de 1/);
    await user.type(stock, '2');
    expect(stock).toHaveValue('1');

    await user.click(screen.getByTestId('product-one-of-a-kind'));
    expect(stock).not.toHaveAttribute('readonly');
  });

  it('checks the form before sending and ties each error to its field', async () => {
    const user = userEvent.setup();
    const { fetchMock } = mockFetch(() => jsonResponse({}));
    renderWithProviders(<ProductForm members={[]} />);

    await user.type(screen.getByTestId('product-price'), '12,345,6');
    await user.click(screen.getByTestId('product-save'));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Corrigez 3 champs');
    expect(within(summary).getByRole('link', { name: /Donnez un titre/ })).toBeInTheDocument();
    expect(screen.getByTestId('product-price')).toHaveAccessibleDescription(
      /Écrivez le prix en dirhams/,
    );
    expect(screen.getByTestId('product-category')).toHaveAccessibleDescription(
      'Choisissez une catégorie.',
    );
    expect(screen.getByTestId('product-title-fr')).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();

    await user.click(within(summary).getByRole('link', { name: /Prix en dirhams/ }));
    expect(screen.getByTestId('product-price')).toHaveFocus();
  });

  it('creates the product with its price in integer centimes', async () => {
    const user = userEvent.setup();
    const created = sellerProduct({ id: 'new-id' });
    const { fetchMock } = mockFetch(() => jsonResponse(created, 201));
    const onCreated = vi.fn();
    renderWithProviders(
      <ProductForm
        members={[{ id: 'm-1', name: 'Fatima Zahra', craft: 'weaving' }]}
        onCreated={onCreated}
      />,
    );

    await user.type(screen.getByTestId('product-title-fr'), '  Tapis de Chichaoua ');
    await user.type(screen.getByTestId('product-description-fr'), 'Laine filée à la main.');
    await user.type(screen.getByTestId('product-price'), '1.250,5');
    expect(screen.getByText(/Prix affiché/)).toHaveTextContent('1.250,50 MAD');
    await user.click(screen.getByTestId('product-one-of-a-kind'));
    await user.selectOptions(screen.getByTestId('product-category'), 'rugs');
    await user.selectOptions(screen.getByTestId('product-craft'), 'carpets');
    await user.type(screen.getByTestId('product-materials'), 'laine, henné،  laine');
    await user.click(screen.getByTestId('product-made-to-order'));
    await user.type(screen.getByTestId('product-lead-time'), '20');
    await user.selectOptions(screen.getByTestId('product-member'), 'm-1');
    await user.click(screen.getByTestId('product-visible'));
    await user.click(screen.getByTestId('product-save'));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
    expect(sentRequests(fetchMock)).toEqual([
      {
        method: 'POST',
        path: '/api/seller/products',
        body: {
          title: { fr: 'Tapis de Chichaoua' },
          description: { fr: 'Laine filée à la main.' },
          price: { amount: 125050, currency: 'MAD' },
          stock: 1,
          oneOfAKind: true,
          category: 'rugs',
          craft: 'carpets',
          materials: ['laine', 'henné'],
          leadTimeDays: 20,
          madeByMemberId: 'm-1',
          visible: false,
        },
      },
    ]);
  });
});
