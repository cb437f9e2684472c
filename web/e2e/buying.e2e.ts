import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';

interface Listed {
  slug: string;
  title: string;
  stock: number;
}

async function signIn(page: Page, email: string): Promise<void> {
  const response = await page.request.post('/api/auth/login', {
    data: { email, password: 'demo1234' },
  });
  expect(response.ok()).toBe(true);
}

/** An in-stock piece of the demo shop owned by `ownerEmail`. */
async function pieceOf(browser: Browser, baseURL: string, ownerEmail: string): Promise<Listed> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, ownerEmail);
  const application = await (await page.request.get('/api/seller-applications/mine')).json();
  await context.close();
  const listing = await fetch(`${baseURL}/api/products?seller=${application.shopSlug}&limit=100`);
  const items: Listed[] = (await listing.json()).items;
  const piece = items.find((item) => item.stock > 0);
  if (!piece) throw new Error(`no piece in stock at ${application.shopSlug}`);
  return piece;
}

async function addToCart(page: Page, piece: Listed): Promise<void> {
  await page.goto(`/products/${piece.slug}`);
  // The cart already shows a count after a first piece: wait for this piece's own request.
  const added = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' &&
      /^\/api\/carts\/[^/]+\/items$/.test(new URL(response.url()).pathname),
  );
  await page.getByTestId('add-to-cart').click();
  expect((await added).status()).toBe(201);
  await expect(page.getByTestId('cart-link')).not.toContainText(/^\D*0\D*$/);
}

async function fillAddress(page: Page, country: string, city: string): Promise<void> {
  await page.getByTestId('checkout-name').fill('Claire Martin');
  await page.getByTestId('checkout-phone').fill('+33 6 12 34 56 78');
  await page.getByTestId('checkout-line1').fill('12 rue des Potiers');
  await page.getByTestId('checkout-city').fill(city);
  await page.getByTestId('checkout-country').selectOption(country);
}

async function shipAs(browser: Browser, baseURL: string, email: string, orderNumber: string) {
  const context = await browser.newContext({ baseURL, bypassCSP: true });
  const page = await context.newPage();
  await signIn(page, email);
  await page.goto('/seller/orders');
  const row = page.getByTestId('seller-order-row').filter({ hasText: orderNumber });
  await expect(row).toBeVisible();
  await expectAccessible(page);
  await row.getByRole('link').first().click();
  await page.getByTestId('order-action-accept').click();
  await expect(page.getByTestId('order-action-ship')).toBeVisible();
  await page.getByTestId('order-action-ship').click();
  await page.getByTestId('tracking-number').fill(`RR${Date.now()}MA`);
  await page.getByTestId('confirm-ship').click();
  await expect(page.getByTestId('seller-order-status')).toContainText(/expédi|shipped/i);
  await expectAccessible(page);
  await context.close();
}

test.describe('buying', () => {
  test('a guest pays two sellers by card, they ship, a shopper pays cash on delivery, the chamber refunds', async ({
    browser,
    baseURL,
    page,
  }) => {
    test.setTimeout(90_000);
    const potterPiece = await pieceOf(browser, baseURL!, 'artisan@demo.hirfa.ma');
    const coopPiece = await pieceOf(browser, baseURL!, 'coop@demo.hirfa.ma');

    // A guest in Lyon pays by card.
    await addToCart(page, potterPiece);
    await addToCart(page, coopPiece);
    await page.goto('/cart');
    await expect(page.getByTestId('cart-line')).toHaveCount(2);
    await expectAccessible(page);
    await page.getByTestId('go-to-checkout').click();
    await page.getByTestId('checkout-email').fill('claire.martin@example.fr');
    await fillAddress(page, 'FR', 'Lyon');
    await expect(page.getByTestId('pay-cod')).toBeDisabled();
    await page.getByTestId('pay-card').check();
    await expectAccessible(page);
    await page.getByTestId('place-order').click();

    await page.waitForURL(/\/pay\/cs_/);
    await page.getByRole('button', { name: /Payer/ }).click();
    await page.waitForURL(/\/checkout\/success/);
    await expect(page.getByTestId('order-number')).toBeVisible();
    const orderNumber = (await page.getByTestId('order-number').first().innerText()).match(
      /HRF-\d{4}-\d+/,
    )![0];
    await expectAccessible(page);
    await page
      .getByRole('link', { name: new RegExp(orderNumber) })
      .first()
      .click();
    await expect(page.getByTestId('order-payment-status')).toContainText(/pay/i);
    await expect(page.getByTestId('sub-order')).toHaveCount(2);
    await expectAccessible(page);

    // Each seller ships their own part.
    await shipAs(browser, baseURL!, 'artisan@demo.hirfa.ma', orderNumber);
    await shipAs(browser, baseURL!, 'coop@demo.hirfa.ma', orderNumber);
    await page.reload();
    await expect(page.getByTestId('sub-order-status').first()).toContainText(/expédi|shipped/i);

    // A shopper in Casablanca pays cash on delivery.
    const shopper = await browser.newContext({ baseURL, bypassCSP: true });
    const shopperPage = await shopper.newPage();
    await signIn(shopperPage, 'shopper@demo.hirfa.ma');
    await addToCart(shopperPage, coopPiece);
    await shopperPage.goto('/checkout');
    await fillAddress(shopperPage, 'MA', 'Casablanca');
    await shopperPage.getByTestId('pay-cod').check();
    await shopperPage.getByTestId('place-order').click();
    await expect(shopperPage.getByTestId('order-payment-status')).toBeVisible();
    await expect(shopperPage.getByTestId('sub-order')).toHaveCount(1);
    await shopper.close();

    // The chamber refunds the potter's part of the card order.
    const staff = await browser.newContext({ baseURL, bypassCSP: true });
    const staffPage = await staff.newPage();
    await signIn(staffPage, 'staff@demo.hirfa.ma');
    await staffPage.goto('/chamber/orders');
    const row = staffPage.getByTestId('admin-order-row').filter({ hasText: orderNumber });
    await expect(row).toBeVisible();
    await expectAccessible(staffPage);
    await row.getByRole('link').first().click();
    const potterPart = staffPage.getByTestId('admin-sub-order').filter({ hasText: /Fakhar/ });
    await potterPart.getByTestId('refund-button').click();
    await staffPage.getByTestId('refund-reason').fill('Pièce arrivée cassée, remboursée.');
    await expectAccessible(staffPage);
    await staffPage.getByTestId('confirm-refund').click();
    // Pending until the payment server's refund webhook confirms it; the page re-reads the order.
    const refundedPart = staffPage.getByTestId('admin-sub-order').filter({ hasText: /Fakhar/ });
    await expect(staffPage.getByTestId('refund-status').first()).toHaveAttribute(
      'data-status',
      'succeeded',
      { timeout: 20_000 },
    );
    await staffPage.reload();
    await expect(refundedPart.getByTestId('sub-order-refunded')).toBeVisible();
    await staff.close();
  });
});
