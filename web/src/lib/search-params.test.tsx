import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { useSearchParams, withSearch } from './search-params';

function ShowQ() {
  return <output>{useSearchParams().get('q')}</output>;
}

describe('useSearchParams', () => {
  it('reads the query as written, escaped percent signs included', () => {
    renderWithProviders(<ShowQ />, { route: '/products?q=%2541+%C3%A9maill%C3%A9%26co' });
    expect(screen.getByRole('status')).toHaveTextContent('%41 émaillé&co');
  });
});

describe('withSearch', () => {
  it('adds the query to a path, and no question mark without one', () => {
    expect(withSearch('/products', new URLSearchParams({ q: 'tapis rouge' }))).toBe(
      '/products?q=tapis+rouge',
    );
    expect(withSearch('/products', new URLSearchParams())).toBe('/products');
  });
});
