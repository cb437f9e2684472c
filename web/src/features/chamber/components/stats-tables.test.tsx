import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { StatsTables } from './stats-tables';

describe('<StatsTables>', () => {
  it('gives the counts per status, province and craft as captioned tables with totals', () => {
    renderWithProviders(
      <StatsTables
        stats={{
          sellersByStatus: { draft: 1, submitted: 4, approved: 7, rejected: 2, suspended: 1 },
          byProvince: [
            { province: 'safi', approvedSellers: 4, activeProducts: 31 },
            { province: 'essaouira', approvedSellers: 3, activeProducts: 12 },
          ],
          byCraft: [{ craft: 'pottery', approvedSellers: 4, activeProducts: 31 }],
        }}
      />,
    );

    const provinces = screen.getByRole('table', { name: 'Par province' });
    expect(within(provinces).getByRole('rowheader', { name: 'Safi' })).toBeInTheDocument();
    expect(
      within(provinces)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Province', 'Vendeurs approuvés', 'Produits en vente']);
    const total = within(provinces).getByRole('rowheader', { name: 'Total' }).closest('tr');
    expect(total).toHaveTextContent('Total743');
    expect(screen.getByRole('table', { name: 'Par métier' })).toHaveTextContent('Poterie');
    expect(screen.getByRole('table', { name: 'Vendeurs par état' })).toHaveTextContent(
      'À examiner4',
    );
  });
});
