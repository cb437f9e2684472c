import type { ReactNode } from 'react';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppProvider } from '@/app/provider';
import { taxonomy } from '@/test/fixtures';
import { apiError, jsonResponse, mockFetch } from '@/test/mock-fetch';
import { createTestQueryClient } from '@/test/render';
import { useTaxonomy } from './get-taxonomy';

function renderTaxonomy() {
  const queryClient = createTestQueryClient();
  return renderHook(() => useTaxonomy(), {
    wrapper: ({ children }: { children: ReactNode }) => (
      <AppProvider queryClient={queryClient}>{children}</AppProvider>
    ),
  });
}

const slugs = (entries: { slug: string }[]) => entries.map((entry) => entry.slug);

describe('useTaxonomy', () => {
  it('knows the provinces from the bundle while the API answers, then uses the API', async () => {
    mockFetch(() => jsonResponse(taxonomy));
    const { result } = renderTaxonomy();

    expect(slugs(result.current.provinces)).toHaveLength(8);
    expect(result.current.provinces).toContainEqual({
      slug: 'safi',
      name: { fr: 'Safi', ar: 'آسفي', en: 'Safi' },
    });
    expect(result.current.crafts).toEqual([]);

    await waitFor(() => expect(result.current).toEqual(taxonomy));
  });

  it('falls back to the reference lists when the API fails', async () => {
    mockFetch(() => apiError(503, 'Service Unavailable', 'Database is restarting'));
    const { result } = renderTaxonomy();

    await waitFor(() => expect(slugs(result.current.crafts)).toContain('zellige'));
    expect(slugs(result.current.categories)).toContain('tableware');
    expect(slugs(result.current.provinces)).toContain('essaouira');
  });
});
