import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';

// A 64×64 PNG, made once so the upload is a real image the API re-encodes.
const PNG_64 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAIAAAAlC+aJAAAAeklEQVR4nO3PUQkAIBTAwBfHOIY1oCH8OITBAtzm7PV1wwUNaEEDWtCAFjSgBQ1oQQNa0IAWNKAFDWhBA1rQgBY0oAUNaEEDWtCAFjSgBQ1oQQNa0IAWNKAFDWhBA1rQgBY0oAUNaEEDWtCAFjSgBQ1oQQNa0IAWPHYBc3XBD6daORgAAAAASUVORK5CYII=',
  'base64',
);

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function newUserPage(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, bypassCSP: true });
  return { context, page: await context.newPage() };
}

async function register(page: Page, name: string, email: string): Promise<void> {
  await page.goto('/register');
  await page.getByTestId('register-name').fill(name);
  await page.getByTestId('register-email').fill(email);
  await page.getByTestId('register-password').fill('atelier-2026');
  await expectAccessible(page);
  await page.getByTestId('register-submit').click();
  await expect(page.getByTestId('user-menu')).toContainText(name);
}

async function signInAsStaff(page: Page): Promise<void> {
  await page.goto('/login?next=/chamber');
  await page.getByTestId('login-email').fill('staff@demo.hirfa.ma');
  await page.getByTestId('login-password').fill('demo1234');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname === '/chamber');
}

async function openApplication(page: Page, shopName: string): Promise<void> {
  await page.goto('/chamber');
  const row = page.getByTestId('queue-row').filter({ hasText: shopName });
  await expect(row).toBeVisible();
  await expectAccessible(page);
  await row.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(shopName);
}

test.describe('selling on Hirfa', () => {
  test('an artisan applies, the chamber approves, the artisan lists a piece with a photo and shoppers find it', async ({
    browser,
    baseURL,
    page,
  }) => {
    const id = unique();
    const shopName = `Atelier Zellige ${id}`;
    const title = `Fontaine zellige ${id}`;

    await register(page, `Karim ${id}`, `karim-${id}@example.ma`);
    await page.goto('/apply');
    await page.getByTestId('apply-kind-artisan').check();
    await page.getByTestId('apply-name').fill(shopName);
    await page.getByTestId('apply-province').selectOption('marrakech');
    await page.getByTestId('apply-craft').selectOption('zellige');
    await page.getByTestId('apply-address').fill('Derb Dabachi 12, Médina, Marrakech');
    await page.getByTestId('apply-phone').fill('0612345678');
    await page.getByTestId('apply-card-number').fill(`CA-MRK-2022-${id}`);
    await page.getByTestId('apply-card-expiry').fill('2029-06-30');
    await page.getByTestId('apply-bio-fr').fill('Zelligeur depuis vingt ans dans la médina.');
    await expectAccessible(page);
    await page.getByTestId('apply-submit').click();
    await expect(page.getByTestId('application-status')).toBeVisible();

    const staff = await newUserPage(browser, baseURL!);
    await signInAsStaff(staff.page);
    await openApplication(staff.page, shopName);
    await expectAccessible(staff.page);
    await staff.page.getByTestId('approve-button').click();
    await expect(staff.page.getByTestId('application-state')).toContainText(/approuv/i);
    await staff.context.close();

    await page.goto('/seller');
    await page.getByTestId('new-product').click();
    await page.getByTestId('product-title-fr').fill(title);
    await page
      .getByTestId('product-description-fr')
      .fill('Fontaine murale en zellige taillé à la main.');
    await page.getByTestId('product-price').fill('2450');
    await page.getByTestId('product-stock').fill('2');
    await page.getByTestId('product-category').selectOption('home-decor');
    await expectAccessible(page);
    await page.getByTestId('product-save').click();
    await expect(page).toHaveURL(/\/seller\/products\/[0-9a-f-]{36}/);

    await page.getByTestId('photo-input').setInputFiles({
      name: 'fontaine.png',
      mimeType: 'image/png',
      buffer: PNG_64,
    });
    await expect(page.getByTestId('photo-item')).toHaveCount(1);
    await expectAccessible(page);

    await page.goto('/');
    await page.getByTestId('search-box').fill(`fontaine ${id}`);
    await page.getByTestId('search-box').press('Enter');
    const card = page.getByTestId('product-card').filter({ hasText: title });
    await expect(card).toBeVisible();
    await expect(card).toContainText('2.450,00');
    await expect(card.locator('img')).toHaveAttribute('src', /\.webp$/);
    await expectAccessible(page);

    await card.getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await page.getByRole('link', { name: shopName }).first().click();
    await expect(page.getByTestId('verified-badge')).toBeVisible();
    await expectAccessible(page);
  });

  test('the chamber rejects a cooperative with a reason, which it reads and answers by resubmitting', async ({
    browser,
    baseURL,
    page,
  }) => {
    const id = unique();
    const shopName = `Coopérative Tissage ${id}`;
    const reason = 'Le numéro d’enregistrement ne correspond à aucune coopérative.';

    await register(page, `Hafsa ${id}`, `hafsa-${id}@example.ma`);
    await page.goto('/apply');
    await page.getByTestId('apply-kind-cooperative').check();
    await page.getByTestId('apply-name').fill(shopName);
    await page.getByTestId('apply-province').selectOption('chichaoua');
    await page.getByTestId('apply-craft').selectOption('carpets');
    await page.getByTestId('apply-address').fill('Douar Ait Hmad, Imintanoute');
    await page.getByTestId('apply-phone').fill('+212 661 22 33 44');
    await page.getByTestId('apply-registration').fill('COOP-000');
    await page.getByTestId('apply-member-name-0').fill('Hafsa Ait Lahcen');
    await page.getByTestId('apply-member-craft-0').selectOption('carpets');
    await page.getByTestId('apply-add-member').click();
    await page.getByTestId('apply-member-name-1').fill('Itto Oubaha');
    await page.getByTestId('apply-member-craft-1').selectOption('weaving');
    await page.getByTestId('apply-bio-fr').fill('Tisserandes de tapis de Chichaoua.');
    await page.getByTestId('apply-submit').click();
    await expect(page.getByTestId('application-status')).toBeVisible();

    const staff = await newUserPage(browser, baseURL!);
    await signInAsStaff(staff.page);
    await openApplication(staff.page, shopName);
    await staff.page.getByTestId('reject-button').click();
    await staff.page.getByTestId('reject-reason').fill(reason);
    await expectAccessible(staff.page);
    await staff.page.getByTestId('confirm-reject').click();
    await expect(staff.page.getByTestId('application-state')).toContainText(/rejet|refus/i);

    await page.goto('/apply');
    await expect(page.getByTestId('application-rejection-reason')).toContainText(reason);
    await expectAccessible(page);
    await page.getByTestId('application-resubmit').click();
    await page.getByTestId('apply-registration').fill(`COOP-CHI-2019-${id}`);
    await page.getByTestId('apply-submit').click();
    await expect(page.getByTestId('application-status')).toBeVisible();
    await expect(page.getByTestId('application-rejection-reason')).toHaveCount(0);

    await openApplication(staff.page, shopName);
    await expect(staff.page.getByTestId('approve-button')).toBeVisible();
    await staff.context.close();
  });
});
