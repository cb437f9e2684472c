import { expect, expectAccessible, test } from './support/fixtures';

test.describe('storefront', () => {
  test('shows seeded crafts on the home page', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    const cards = page.getByTestId('product-card');
    await expect(cards.first()).toBeVisible();
    expect(await cards.count()).toBeGreaterThanOrEqual(4);
    await expect(cards.first()).toContainText('MAD');
    const image = cards.first().locator('img').first();
    await expect(image).toHaveAttribute('src', /\.webp$/);
    await expect(image).toHaveAttribute('width', /\d+/);
    await expect(image).toHaveAttribute('height', /\d+/);
    await expectAccessible(page);
  });

  test('filters the catalogue from the URL and opens a product', async ({ page }) => {
    await page.goto('/products?province=essaouira&sort=price_asc');
    const cards = page.getByTestId('product-card');
    await expect(cards.first()).toBeVisible();
    await expectAccessible(page);

    const api = await page.request.get('/api/products?province=essaouira&sort=price_asc&limit=1');
    const cheapest = (await api.json()).items[0];
    await expect(cards.first()).toContainText(cheapest.title);

    await cards.first().getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/products/${cheapest.slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(cheapest.title);
    await expectAccessible(page);
  });

  test('switches to Arabic, right to left, and remembers it', async ({ page }) => {
    await page.goto('/products');
    await expect(page.getByTestId('product-card').first()).toBeVisible();
    await page.getByTestId('language-switcher').selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');

    // Other tests add pieces titled in French only; take one written in Arabic.
    const api = await page.request.get('/api/products?lang=ar&limit=50');
    const newest = (await api.json()).items.find(
      (item: { language: string }) => item.language === 'ar',
    );
    await page.goto(`/products/${newest.slug}`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(newest.title);
    expect(newest.title).toMatch(/[\u0600-\u06FF]/);
    await expectAccessible(page);
  });

  test('works on a phone-sized screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    await expect(page.getByTestId('product-card').first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  });
});
