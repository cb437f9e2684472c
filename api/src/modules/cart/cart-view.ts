import { multiply, money, pickTranslation, sum, type Language, type Money } from '@hirfa/shared';
import type { SellerKind, SellerStatus } from '@hirfa/shared';
import type { CartDto, CartLineDto, CartSellerGroupDto } from './dto/cart-response.dto';

/** One cart line with today's product, seller and shipping rates, as the cart query reads it. */
export interface CartLineRow {
  item_id: string;
  quantity: number;
  product_id: string;
  slug: string;
  title_fr: string | null;
  title_ar: string | null;
  title_en: string | null;
  price_amount: number;
  stock: number;
  product_status: string;
  seller_id: string;
  seller_slug: string | null;
  seller_name: string;
  seller_kind: SellerKind;
  seller_status: SellerStatus;
  shipping_morocco_amount: number;
  shipping_international_amount: number;
  thumb_url: string | null;
}

/** Reads every line of one cart, its product and seller, in one statement. */
export const CART_LINES_SQL = `
  SELECT ci.id AS item_id, ci.quantity, p.id AS product_id, p.slug, p.title_fr, p.title_ar,
         p.title_en, p.price_amount, p.stock, p.status AS product_status, s.id AS seller_id,
         s.slug AS seller_slug, s.name AS seller_name, s.kind AS seller_kind,
         s.status AS seller_status, s.shipping_morocco_amount, s.shipping_international_amount,
         (SELECT i.thumb_url FROM product_images i WHERE i.product_id = p.id
           ORDER BY i.position LIMIT 1) AS thumb_url
    FROM cart_items ci
    JOIN products p ON p.id = ci.product_id
    JOIN sellers s ON s.id = p.seller_id
   WHERE ci.cart_id = $1
   ORDER BY ci.created_at, ci.id`;

export function isOnSale(row: { product_status: string; seller_status: string }): boolean {
  return row.product_status === 'active' && row.seller_status === 'approved';
}

function lineOf(row: CartLineRow, language: Language): CartLineDto {
  const title = pickTranslation(
    { fr: row.title_fr ?? undefined, ar: row.title_ar ?? undefined, en: row.title_en ?? undefined },
    language,
  ) ?? { text: row.slug, language };
  const unitPrice = money(row.price_amount);
  const problem =
    !isOnSale(row) || row.stock === 0
      ? 'unavailable'
      : row.stock < row.quantity
        ? 'insufficient_stock'
        : null;
  return {
    id: row.item_id,
    product: {
      id: row.product_id,
      slug: row.slug,
      title: title.text,
      language: title.language,
      thumbUrl: row.thumb_url,
      seller: { slug: row.seller_slug ?? '', name: row.seller_name, kind: row.seller_kind },
    },
    quantity: row.quantity,
    unitPrice,
    lineTotal: multiply(unitPrice, row.quantity),
    availability: { stock: row.stock, available: problem === null, problem },
  };
}

/**
 * The cart as the buyer sees it, priced from today's catalogue: lines, one group per seller
 * with its flat shipping rates, and the totals for an address in Morocco or abroad.
 */
export function buildCart(cartId: string, rows: CartLineRow[], language: Language): CartDto {
  const lines = rows.map((row) => lineOf(row, language));
  const groups = new Map<string, CartSellerGroupDto & { lineTotals: Money[] }>();
  rows.forEach((row, index) => {
    const line = lines[index];
    const group = groups.get(row.seller_id) ?? {
      seller: line.product.seller,
      lineIds: [],
      subtotal: money(0),
      shipping: {
        morocco: money(row.shipping_morocco_amount),
        international: money(row.shipping_international_amount),
      },
      lineTotals: [],
    };
    group.lineIds.push(line.id);
    group.lineTotals.push(line.lineTotal);
    groups.set(row.seller_id, group);
  });
  const groupList: CartSellerGroupDto[] = [...groups.values()].map(({ lineTotals, ...group }) => ({
    ...group,
    subtotal: sum(lineTotals),
  }));
  const subtotal = sum(lines.map((line) => line.lineTotal));
  const shippingMorocco = sum(groupList.map((group) => group.shipping.morocco));
  const shippingInternational = sum(groupList.map((group) => group.shipping.international));
  return {
    id: cartId,
    lines,
    groups: groupList,
    itemCount: lines.reduce((count, line) => count + line.quantity, 0),
    subtotal,
    totals: {
      morocco: { shipping: shippingMorocco, total: sum([subtotal, shippingMorocco]) },
      international: {
        shipping: shippingInternational,
        total: sum([subtotal, shippingInternational]),
      },
    },
    readyForCheckout: lines.length > 0 && lines.every((line) => line.availability.available),
  };
}
