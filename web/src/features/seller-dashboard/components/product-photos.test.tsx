import { useQuery } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MAX_PRODUCT_IMAGES, type SellerProduct } from '@hirfa/shared';
import { apiError, jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { sellerProductQueryOptions } from '../api/get-seller-product';
import { sellerProduct, sellerProductImage } from '../testing/fixtures';
import { ProductPhotos } from './product-photos';

/** Reads the product from the cache, as the edit page does, so uploads show up. */
function CachedPhotos({ initial }: { initial: SellerProduct }) {
  const product = useQuery({ ...sellerProductQueryOptions(initial.id), initialData: initial }).data;
  return <ProductPhotos product={product} />;
}

function renderPhotos(product: SellerProduct) {
  return renderWithProviders(<CachedPhotos initial={product} />);
}

const photo = (name = 'tajine.jpg', type = 'image/jpeg') =>
  new File([new Uint8Array([0xff, 0xd8, 0xff])], name, { type });

describe('<ProductPhotos>', () => {
  it('shows each photo as a thumbnail with its size, alt text and lazy loading', async () => {
    mockFetch(() => jsonResponse({}));
    renderPhotos(sellerProduct());

    const items = await screen.findAllByTestId('photo-item');
    expect(items).toHaveLength(1);
    const image = screen.getByRole('img', { name: 'Tajine bleu vu de face' });
    expect(image).toHaveAttribute('src', '/media/products/p-1/img-1-400.webp');
    expect(image).toHaveAttribute('width', '400');
    expect(image).toHaveAttribute('height', '300');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(screen.getByText('1 photo sur 8')).toBeInTheDocument();
  });

  it('uploads from the phone’s camera input and adds the photo to the grid', async () => {
    const user = userEvent.setup();
    const uploaded = sellerProductImage({ id: 'img-2', alt: 'Tajine bleu de Safi', position: 1 });
    const { fetchMock } = mockFetch(() => jsonResponse(uploaded, 201));
    const product = sellerProduct();
    renderPhotos(product);

    const input = await screen.findByTestId('photo-input');
    expect(input).toHaveAttribute('accept', 'image/jpeg,image/png,image/webp');
    expect(input).toHaveAttribute('capture');
    await user.upload(input, photo());

    expect(await screen.findAllByTestId('photo-item')).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent('1 photo ajoutée.');
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`/api/seller/products/${product.id}/images`);
    expect(init.method).toBe('POST');
    const body = init.body as FormData;
    expect(body.get('file')).toBeInstanceOf(File);
    // Without a description of its own, the photo is described by the product's title.
    expect(body.get('alt')).toBe('Tajine bleu de Safi');
  });

  it.each([
    [413, 'Payload Too Large', '« grande.jpg » est trop lourde : 8 Mo au plus.'],
    [422, 'Unprocessable Entity', "« grande.jpg » n'est pas une image JPEG, PNG ou WebP."],
    [409, 'Conflict', "« grande.jpg » n'a pas été ajoutée : un produit a au plus 8 photos."],
    [403, 'Forbidden', "« grande.jpg » n'a pas été ajoutée : votre boutique n'est pas ouverte."],
  ])('explains a %i answer in the seller’s language', async (status, error, message) => {
    const user = userEvent.setup();
    mockFetch(() => apiError(status, error, 'English message from the API'));
    renderPhotos(sellerProduct());

    await user.upload(await screen.findByTestId('photo-input'), photo('grande.jpg'));

    const alert = await screen.findByTestId('photo-error');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent(message);
    expect(screen.getAllByTestId('photo-item')).toHaveLength(1);
  });

  it('says when the server cannot be reached', async () => {
    const user = userEvent.setup();
    mockFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    renderPhotos(sellerProduct());

    await user.upload(await screen.findByTestId('photo-input'), photo());
    expect(await screen.findByTestId('photo-error')).toHaveTextContent('vérifiez votre connexion');
  });

  it('refuses a file that is not a photo without sending it', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { fetchMock } = mockFetch(() => jsonResponse({}));
    renderPhotos(sellerProduct());

    await user.upload(
      await screen.findByTestId('photo-input-gallery'),
      photo('facture.pdf', 'application/pdf'),
    );
    expect(await screen.findByTestId('photo-error')).toHaveTextContent(
      "« facture.pdf » n'est pas une image JPEG, PNG ou WebP.",
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows that an upload is under way', async () => {
    const user = userEvent.setup();
    let answer: (response: Response) => void = () => {};
    mockFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    renderPhotos(sellerProduct());

    const input = await screen.findByTestId('photo-input');
    await user.upload(input, photo());
    expect(await screen.findByText('Envoi de la photo 1 sur 1…')).toBeInTheDocument();
    expect(input).toBeDisabled();

    answer(jsonResponse(sellerProductImage({ id: 'img-2' }), 201));
    await waitFor(() => expect(input).toBeEnabled());
  });

  it('deletes a photo', async () => {
    const user = userEvent.setup();
    const { fetchMock } = mockFetch(() => new Response(null, { status: 204 }));
    const product = sellerProduct();
    renderPhotos(product);

    await user.click(await screen.findByRole('button', { name: 'Supprimer la photo 1' }));
    await waitFor(() => expect(screen.queryByTestId('photo-item')).not.toBeInTheDocument());
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`/api/seller/products/${product.id}/images/${product.images[0]!.id}`);
    expect(init.method).toBe('DELETE');
  });

  it('offers no upload once the product has all its photos', async () => {
    mockFetch(() => jsonResponse({}));
    const images = Array.from({ length: MAX_PRODUCT_IMAGES }, (_, index) =>
      sellerProductImage({ id: `img-${index}`, position: index }),
    );
    renderPhotos(sellerProduct({ images }));

    expect(await screen.findByText(/a déjà 8 photos/)).toBeInTheDocument();
    expect(screen.queryByTestId('photo-input')).not.toBeInTheDocument();
  });
});
