import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useSearchParams } from '@/lib/search-params';
import { renderWithProviders } from '@/test/render';
import { parseQueueSearch } from '../utils/queue-search';
import { QueueFilters } from './queue-filters';

function FiltersFromUrl() {
  return <QueueFilters filters={parseQueueSearch(useSearchParams())} />;
}

const params = (view: { location(): { search: string } }) =>
  new URLSearchParams(view.location().search);

describe('<QueueFilters>', () => {
  it('shows the applications to review by default', () => {
    renderWithProviders(<FiltersFromUrl />, { route: '/chamber' });

    expect(screen.getByRole('combobox', { name: 'État' })).toHaveValue('submitted');
    expect(screen.getByRole('combobox', { name: 'Province' })).toHaveValue('');
    expect(screen.queryByRole('link', { name: 'Revenir aux demandes à examiner' })).toBeNull();
  });

  it('writes each filter to the URL and goes back to the first page', async () => {
    const events = userEvent.setup();
    const view = renderWithProviders(<FiltersFromUrl />, { route: '/chamber?page=3' });

    await events.selectOptions(screen.getByRole('combobox', { name: 'Province' }), 'safi');
    expect(view.location().pathname).toBe('/chamber');
    expect(params(view).get('province')).toBe('safi');
    expect(params(view).has('page')).toBe(false);

    await events.selectOptions(screen.getByRole('combobox', { name: 'Métier' }), 'pottery');
    await events.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'cooperative');
    await events.selectOptions(screen.getByRole('combobox', { name: 'État' }), 'rejected');
    expect(Object.fromEntries(params(view))).toEqual({
      province: 'safi',
      craft: 'pottery',
      kind: 'cooperative',
      status: 'rejected',
    });

    await events.type(screen.getByRole('searchbox', { name: 'Rechercher' }), '  Tifaouine {Enter}');
    expect(params(view).get('q')).toBe('Tifaouine');
  });

  it('keeps "all statuses" explicit and drops the default status from the URL', async () => {
    const events = userEvent.setup();
    const view = renderWithProviders(<FiltersFromUrl />, { route: '/chamber?status=approved' });

    await events.selectOptions(screen.getByRole('combobox', { name: 'État' }), 'all');
    expect(params(view).get('status')).toBe('all');

    await events.selectOptions(screen.getByRole('combobox', { name: 'État' }), 'submitted');
    expect(view.location().search).toBe('');
  });

  it('reflects the URL, ignoring values the API would refuse', () => {
    renderWithProviders(<FiltersFromUrl />, {
      route: '/chamber?status=approved&province=atlantis&craft=argan&q=coop',
    });

    expect(screen.getByRole('combobox', { name: 'État' })).toHaveValue('approved');
    expect(screen.getByRole('combobox', { name: 'Province' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Métier' })).toHaveValue('argan');
    expect(screen.getByRole('searchbox', { name: 'Rechercher' })).toHaveValue('coop');
    expect(screen.getByRole('link', { name: 'Revenir aux demandes à examiner' })).toHaveAttribute(
      'href',
      '/chamber',
    );
  });
});
