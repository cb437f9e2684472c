import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { productSummary, taxonomy } from '@/test/fixtures';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { ProductCard } from './product-card';

describe('<ProductCard>', () => {
  beforeEach(() => {
    mockFetch(() => jsonResponse(taxonomy));
  });

  it('shows the title as a link to the product, the price and the seller', () => {
    renderWithProviders(<ProductCard product={productSummary()} />);

    const card = screen.getByTestId('product-card');
    expect(card.tagName).toBe('ARTICLE');
    const link = screen.getByRole('link', { name: 'Tajine émaillé bleu de Safi' });
    expect(link).toHaveAttribute('href', '/products/tajine-safi-bleu');
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(
      'Tajine émaillé bleu de Safi',
    );
    // Testing Library folds the no-break space Intl puts before the currency into a space.
    expect(card).toHaveTextContent('450,00 MAD');
    expect(card).toHaveTextContent('Par Atelier Lahcen');
    expect(card).toHaveTextContent('Safi');
  });

  it('uses the thumbnail with its size, alt text and lazy loading', () => {
    renderWithProviders(<ProductCard product={productSummary()} />);

    const image = screen.getByRole('img', { name: 'Tajine en terre cuite émaillée bleu cobalt' });
    expect(image).toHaveAttribute('src', '/media/products/tajine-400.webp');
    expect(image).toHaveAttribute('width', '400');
    expect(image).toHaveAttribute('height', '300');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('decoding', 'async');
  });

  it('loads the image at once when the card is above the fold', () => {
    renderWithProviders(<ProductCard product={productSummary()} priority />);

    const image = screen.getByRole('img');
    expect(image).toHaveAttribute('loading', 'eager');
    expect(image).not.toHaveAttribute('decoding', 'async');
  });

  it('flags a one-of-a-kind piece', () => {
    renderWithProviders(<ProductCard product={productSummary({ stock: 1 })} />);
    expect(screen.getByText('Pièce unique')).toBeInTheDocument();
  });

  it('marks a sold-out piece', () => {
    renderWithProviders(<ProductCard product={productSummary({ stock: 0 })} />);
    expect(screen.getByText('Épuisé')).toBeInTheDocument();
  });

  it('says nothing about stock when several are available', () => {
    renderWithProviders(<ProductCard product={productSummary({ stock: 5 })} />);
    expect(screen.queryByText(/Épuisé|Pièce unique/)).not.toBeInTheDocument();
  });

  it('marks a title that fell back to another language', () => {
    renderWithProviders(
      <ProductCard product={productSummary({ title: 'Blue Safi tajine', language: 'en' })} />,
    );
    expect(screen.getByRole('link', { name: 'Blue Safi tajine' })).toHaveAttribute('lang', 'en');
  });
});
