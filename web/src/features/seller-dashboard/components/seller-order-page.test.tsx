import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SellerOrder } from '@hirfa/shared';
import { apiError, jsonResponse } from '@/test/mock-fetch';
import { renderWithProviders } from '@/test/render';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, sellerOrder, sentRequests } from '../testing/fixtures';
import { SellerOrderPage } from './seller-order-page';

const ORDER_PATH = `/api/seller/orders/${sellerOrder().id}`;

interface Scenario {
  order: SellerOrder;
  /** What each action answers; by default the order moved to the action's status. */
  answer?: (action: string) => Response;
}

function api({ order, answer }: Scenario) {
  let current = order;
  return mockApi(({ method, url }) => {
    if (method === 'GET' && url.pathname === ORDER_PATH) return jsonResponse(current);
    const action = url.pathname.startsWith(`${ORDER_PATH}/`)
      ? url.pathname.slice(ORDER_PATH.length + 1)
      : null;
    if (method === 'POST' && action) {
      if (answer) return answer(action);
      const moves: Record<string, Partial<SellerOrder>> = {
        accept: { status: 'accepted', nextStatuses: ['shipped'] },
        confirm: { status: 'confirmed', nextStatuses: ['shipped'] },
        ship: { status: 'shipped', nextStatuses: ['delivered'], trackingNumber: 'RR123456789MA' },
        deliver: { status: 'delivered', nextStatuses: [] },
        refuse: { status: 'refused', nextStatuses: ['returned'] },
        return: { status: 'returned', nextStatuses: [] },
      };
      current = { ...current, ...moves[action] };
      return jsonResponse(current);
    }
    return apiError(404, 'Not Found', url.pathname);
  });
}

function renderOrder(scenario: Scenario) {
  const fetchMock = api(scenario);
  const view = renderWithProviders(<SellerOrderPage id={scenario.order.id} />, {
    route: `/seller/orders/${scenario.order.id}`,
  });
  return { fetchMock, ...view };
}

const actionButtons = () =>
  screen.queryAllByTestId(/^order-action-/).map((button) => button.dataset.testid);

const posts = (fetchMock: Parameters<typeof sentRequests>[0]) =>
  sentRequests(fetchMock).filter((request) => request.method === 'POST');

describe('<SellerOrderPage>', () => {
  it('shows the lines, the totals and where to ship, with a phone link', async () => {
    renderOrder({ order: sellerOrder() });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Commande HF-2026-000123' }),
    ).toBeVisible();
    expect(screen.getByTestId('seller-order-status')).toHaveTextContent('Payée');
    expect(screen.getByText('Paiement : Carte bancaire')).toBeVisible();

    const lines = screen.getByRole('heading', { level: 2, name: 'Articles' }).closest('section')!;
    expect(within(lines).getByRole('link', { name: 'Tajine bleu de Safi' })).toHaveAttribute(
      'href',
      '/products/tajine-bleu-de-safi',
    );
    expect(lines).toHaveTextContent('2 × 450,00 MAD');
    expect(lines).toHaveTextContent('900,00 MAD');
    // A product deleted since is named, without a link.
    expect(within(lines).queryByRole('link', { name: 'Plat à couscous' })).toBeNull();
    expect(lines).toHaveTextContent('Réalisé par Fatima Zahra');
    expect(lines).toHaveTextContent('Articles1.200,50 MAD');
    expect(lines).toHaveTextContent('Livraison35,00 MAD');
    expect(lines).toHaveTextContent('Total1.235,50 MAD');
    expect(lines).not.toHaveTextContent('Remboursé');

    const shipTo = screen.getByTestId('seller-order-ship-to');
    expect(shipTo).toHaveTextContent('Khadija Amrani');
    expect(shipTo).toHaveTextContent('12 derb Sidi Bouloukat');
    expect(shipTo).toHaveTextContent('40000 Marrakech');
    expect(shipTo).toHaveTextContent('Maroc');
    expect(screen.getByRole('link', { name: '+212 6 12 34 56 78' })).toHaveAttribute(
      'href',
      'tel:+212612345678',
    );
    expect(document.title).toBe('Commande HF-2026-000123 · Hirfa');
  });

  it.each<[string, Partial<SellerOrder>, string[], string[]]>([
    [
      'a paid card order',
      { status: 'paid', nextStatuses: ['accepted'] },
      ['order-action-accept'],
      ['Accepter'],
    ],
    [
      'an accepted card order',
      { status: 'accepted', nextStatuses: ['shipped'] },
      ['order-action-ship'],
      ['Expédier'],
    ],
    [
      'a shipped card order',
      { status: 'shipped', nextStatuses: ['delivered'] },
      ['order-action-deliver'],
      ['Livrée'],
    ],
    [
      'a placed cash order',
      { paymentMethod: 'cod', status: 'placed', nextStatuses: ['confirmed'] },
      ['order-action-confirm'],
      ['Confirmer (acheteur appelé)'],
    ],
    [
      'a confirmed cash order',
      { paymentMethod: 'cod', status: 'confirmed', nextStatuses: ['shipped'] },
      ['order-action-ship'],
      ['Expédier'],
    ],
    [
      'a shipped cash order',
      { paymentMethod: 'cod', status: 'shipped', nextStatuses: ['delivered', 'refused'] },
      ['order-action-deliver', 'order-action-refuse'],
      ['Livrée et encaissée', "Refusée par l'acheteur"],
    ],
    [
      'a refused cash order',
      { paymentMethod: 'cod', status: 'refused', nextStatuses: ['returned'] },
      ['order-action-return'],
      ['Retour reçu'],
    ],
    ['a delivered card order', { status: 'delivered', nextStatuses: [] }, [], []],
  ])('offers %s only the moves it lists', async (_, overrides, testIds, labels) => {
    renderOrder({ order: sellerOrder(overrides) });
    await screen.findByRole('heading', { level: 1 });
    expect(actionButtons()).toEqual(testIds);
    expect(screen.queryAllByTestId(/^order-action-/).map((button) => button.textContent)).toEqual(
      labels,
    );
    if (testIds.length === 0) {
      expect(
        screen.getByText("Aucune action n'est attendue de vous pour cette commande."),
      ).toBeVisible();
    }
  });

  it('ignores statuses that are not the seller’s to set', async () => {
    renderOrder({ order: sellerOrder({ nextStatuses: ['accepted', 'refunded', 'cancelled'] }) });
    await screen.findByRole('heading', { level: 1 });
    expect(actionButtons()).toEqual(['order-action-accept']);
  });

  it('accepts a paid order and shows its new status', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderOrder({ order: sellerOrder() });
    await user.click(await screen.findByTestId('order-action-accept'));

    expect(await screen.findByText('Commande acceptée.')).toBeVisible();
    expect(screen.getByTestId('seller-order-status')).toHaveTextContent('Acceptée');
    expect(actionButtons()).toEqual(['order-action-ship']);
    expect(posts(fetchMock)).toEqual([
      { method: 'POST', path: `${ORDER_PATH}/accept`, body: undefined },
    ]);
    expect(screen.getByRole('heading', { level: 2, name: 'Prochaine étape' })).toHaveFocus();
  });

  it('will not ship without a tracking number', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderOrder({
      order: sellerOrder({ status: 'accepted', nextStatuses: ['shipped'] }),
    });
    await user.click(await screen.findByTestId('order-action-ship'));

    const input = screen.getByTestId('tracking-number');
    expect(input).toHaveFocus();
    expect(input).toHaveAccessibleName('Numéro de suivi du transporteur');

    await user.click(screen.getByTestId('confirm-ship'));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      expect.stringContaining('Indiquez le numéro de suivi du transporteur.'),
    );
    expect(input).toHaveFocus();

    await user.type(input, '#12');
    await user.click(screen.getByTestId('confirm-ship'));
    expect(input).toHaveAccessibleDescription(
      expect.stringContaining('commence par une lettre ou un chiffre'),
    );
    expect(posts(fetchMock)).toEqual([]);

    await user.clear(input);
    await user.type(input, '  RR123456789MA ');
    await user.click(screen.getByTestId('confirm-ship'));

    expect(await screen.findByText('Commande expédiée.')).toBeVisible();
    expect(posts(fetchMock)).toEqual([
      { method: 'POST', path: `${ORDER_PATH}/ship`, body: { trackingNumber: 'RR123456789MA' } },
    ]);
    expect(screen.getByTestId('seller-order-status')).toHaveTextContent('Expédiée');
    expect(screen.getByTestId('seller-order-tracking')).toHaveTextContent('RR123456789MA');
    expect(screen.queryByTestId('tracking-number')).toBeNull();
    expect(actionButtons()).toEqual(['order-action-deliver']);
  });

  it('puts the API’s refusal of a tracking number on its field', async () => {
    const user = userEvent.setup();
    renderOrder({
      order: sellerOrder({ status: 'accepted', nextStatuses: ['shipped'] }),
      answer: () =>
        jsonResponse(
          {
            statusCode: 400,
            error: 'Bad Request',
            message: 'Invalid request',
            details: [{ field: 'trackingNumber', messages: ['trackingNumber is too long'] }],
          },
          400,
        ),
    });
    await user.click(await screen.findByTestId('order-action-ship'));
    await user.type(screen.getByTestId('tracking-number'), 'RR1');
    await user.click(screen.getByTestId('confirm-ship'));
    await waitFor(() =>
      expect(screen.getByTestId('tracking-number')).toHaveAccessibleDescription(
        expect.stringContaining('trackingNumber is too long'),
      ),
    );
  });

  it('explains a 409 and shows the order as it now is', async () => {
    const user = userEvent.setup();
    let refused = false;
    const fetchMock = mockApi(({ method, url }) => {
      if (method === 'POST') {
        refused = true;
        return apiError(409, 'Conflict', 'This order is cancelled; it cannot become accepted');
      }
      if (url.pathname === ORDER_PATH) {
        return jsonResponse(
          refused ? sellerOrder({ status: 'cancelled', nextStatuses: [] }) : sellerOrder(),
        );
      }
      return apiError(404, 'Not Found', url.pathname);
    });
    renderWithProviders(<SellerOrderPage id={sellerOrder().id} />);
    await user.click(await screen.findByTestId('order-action-accept'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      "Cette commande a changé entre-temps : cette action n'est plus possible.",
    );
    expect(alert).toHaveTextContent(
      'Réponse du serveur : This order is cancelled; it cannot become accepted',
    );
    await waitFor(() =>
      expect(screen.getByTestId('seller-order-status')).toHaveTextContent('Annulée'),
    );
    expect(actionButtons()).toEqual([]);
    expect(sentRequests(fetchMock).filter((request) => request.method === 'GET')).toHaveLength(2);
  });

  it('asks before marking a cash parcel refused, and can be cancelled', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderOrder({
      order: sellerOrder({
        paymentMethod: 'cod',
        status: 'shipped',
        nextStatuses: ['delivered', 'refused'],
      }),
    });
    await user.click(await screen.findByTestId('order-action-refuse'));
    const question = screen.getByRole('group', { name: "L'acheteur a-t-il refusé le colis ?" });
    expect(screen.getByText("L'acheteur a-t-il refusé le colis ?")).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Annuler' }));
    expect(posts(fetchMock)).toEqual([]);
    expect(actionButtons()).toEqual(['order-action-deliver', 'order-action-refuse']);

    await user.click(screen.getByTestId('order-action-refuse'));
    await user.click(screen.getByTestId('confirm-action'));
    expect(await screen.findByText('Commande marquée refusée.')).toBeVisible();
    expect(posts(fetchMock)).toEqual([
      { method: 'POST', path: `${ORDER_PATH}/refuse`, body: undefined },
    ]);
    expect(actionButtons()).toEqual(['order-action-return']);
  });

  it('takes a returned parcel back after asking, and says the stock is back', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderOrder({
      order: sellerOrder({ paymentMethod: 'cod', status: 'refused', nextStatuses: ['returned'] }),
    });
    await user.click(await screen.findByTestId('order-action-return'));
    expect(
      screen.getByRole('group', { name: 'Le colis est-il revenu à votre atelier ?' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Les pièces seront remises en stock'));
    await user.click(screen.getByTestId('confirm-action'));
    expect(
      await screen.findByText('Retour enregistré ; les pièces sont de nouveau en stock.'),
    ).toBeVisible();
    expect(posts(fetchMock).map((request) => request.path)).toEqual([`${ORDER_PATH}/return`]);
    expect(screen.getByTestId('seller-order-status')).toHaveTextContent('Retour reçu');
  });

  it('confirms a cash order the seller called, and marks it delivered and paid', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderOrder({
      order: sellerOrder({ paymentMethod: 'cod', status: 'placed', nextStatuses: ['confirmed'] }),
    });
    expect(
      await screen.findByText("Appelez l'acheteur pour confirmer la commande avant de l'expédier."),
    ).toBeVisible();
    await user.click(screen.getByTestId('order-action-confirm'));
    expect(await screen.findByText('Commande confirmée.')).toBeVisible();
    expect(posts(fetchMock).map((request) => request.path)).toEqual([`${ORDER_PATH}/confirm`]);
  });

  it('lists the history when the API gives it', async () => {
    renderOrder({
      order: {
        ...sellerOrder({ status: 'accepted', nextStatuses: ['shipped'] }),
        history: [
          {
            from: null,
            to: 'pending_payment',
            actor: 'shopper',
            note: null,
            at: '2026-03-02T10:15:00.000Z',
          },
          {
            from: 'pending_payment',
            to: 'paid',
            actor: 'payment',
            note: null,
            at: '2026-03-02T10:16:00.000Z',
          },
          {
            from: 'paid',
            to: 'accepted',
            actor: 'seller',
            note: 'Emballé avec soin',
            at: '2026-03-02T11:00:00.000Z',
          },
        ],
      } as SellerOrder,
    });
    const history = await screen.findByRole('heading', { level: 2, name: 'Historique' });
    const items = within(history.closest('section')!).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[1]).toHaveTextContent('Payée');
    expect(items[1]).toHaveTextContent('par le paiement');
    expect(items[2]).toHaveTextContent('Note : Emballé avec soin');
  });

  it('says when the order is not the shop’s', async () => {
    mockApi(() => apiError(404, 'Not Found', 'Your shop has no order with this id'));
    renderWithProviders(<SellerOrderPage id="nope" />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Commande introuvable' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Retour aux commandes' })).toHaveAttribute(
      'href',
      '/seller/orders',
    );
  });

  it('reads in Arabic', async () => {
    await changeLanguage('ar');
    renderOrder({
      order: sellerOrder({ paymentMethod: 'cod', status: 'shipped', nextStatuses: ['delivered'] }),
    });
    expect(await screen.findByTestId('order-action-deliver')).toHaveTextContent(
      'تم التسليم وتحصيل المبلغ',
    );
    expect(screen.getByTestId('seller-order-status')).toHaveTextContent('تم الشحن');
  });
});
