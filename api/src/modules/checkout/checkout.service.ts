import {
  ConflictException,
  HttpStatus,
  Inject,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import {
  CASH_ON_DELIVERY_COUNTRY,
  CHECKOUT_ERROR_CODES,
  INITIAL_ORDER_STATUS,
  pickTranslation,
  type Language,
} from '@hirfa/shared';
import { ApiException } from '../../common/filters/api-exception.filter';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import { CartService } from '../cart/cart.service';
import { CartEntity } from '../cart/entities/cart.entity';
import { CartItemEntity } from '../cart/entities/cart-item.entity';
import { SellerShippingEntity } from '../cart/entities/seller-shipping.entity';
import type { Shopper } from '../cart/shopper';
import { OrderEntity } from '../orders/entities/order.entity';
import { OrderLineEntity } from '../orders/entities/order-line.entity';
import { SubOrderEntity } from '../orders/entities/sub-order.entity';
import { OrderEmailsService } from '../orders/order-emails.service';
import { OrderTransitionsService } from '../orders/order-transitions.service';
import { StockService, type ReservedProduct } from '../orders/stock.service';
import { CheckoutSessionsService } from '../payments/checkout-sessions.service';
import { BuyerLimitsService, buyerKeyOf } from './buyer-limits.service';
import { describeChanges, type SeenLine } from './checkout-changes';
import type { CheckoutDto, CheckoutResponseDto } from './dto/checkout.dto';
import { assertOrderTotalFits } from './order-total-limit';

const PG_UNIQUE_VIOLATION = '23505';
const CART_NOT_FOUND = 'No cart with this id is open for you';

/**
 * Raised inside the checkout's transaction when the order would not be the one the shopper
 * saw (another total, or a line that cannot be bought as it is); the transaction rolls back.
 */
class TotalChanged extends Error {}

export interface CheckoutOutcome {
  status: HttpStatus.CREATED | HttpStatus.OK;
  body: CheckoutResponseDto;
}

/** A client's Idempotency-Key, scoped to who sends it so that keys never collide across buyers. */
function scopedKey(shopper: Shopper, cartId: string, key: string): string {
  const scope = shopper.user ? `user:${shopper.user.id}` : `cart:${cartId}`;
  return createHash('sha256').update(`${scope}:${key}`).digest('hex');
}

function titleOf(product: ReservedProduct, language: Language): string {
  return (
    pickTranslation(
      {
        fr: product.titleFr ?? undefined,
        ar: product.titleAr ?? undefined,
        en: product.titleEn ?? undefined,
      },
      language,
    )?.text ?? product.slug
  );
}

/**
 * Turns a cart into an order in one transaction: stock reserved line by line (none or all),
 * prices read from the reserved rows, one sub-order per seller with its flat shipping, the
 * cart closed. A card order then gets its Stripe Checkout Session after the commit. The same
 * cart, or the same Idempotency-Key, always answers with the same order. An order whose total
 * is not the one the shopper saw, or that would take the buyer over their holding limits, is
 * refused before anything is kept.
 */
@Injectable()
export class CheckoutService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly carts: CartService,
    private readonly stock: StockService,
    private readonly transitions: OrderTransitionsService,
    private readonly emails: OrderEmailsService,
    private readonly sessions: CheckoutSessionsService,
    private readonly limits: BuyerLimitsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async checkout(
    shopper: Shopper,
    dto: CheckoutDto,
    language: Language,
    idempotencyKey: string | undefined,
    clientIp: string,
  ): Promise<CheckoutOutcome> {
    const cart = await this.carts.findReachable(this.dataSource.manager, shopper, dto.cartId);
    if (!cart) throw new NotFoundException(CART_NOT_FOUND);
    const keyHash = idempotencyKey ? scopedKey(shopper, dto.cartId, idempotencyKey) : null;
    if (keyHash) {
      const earlier = await this.dataSource
        .getRepository(OrderEntity)
        .findOneBy({ idempotencyKey: keyHash });
      if (earlier) return this.replay(earlier, dto.cartId);
    }
    if (cart.orderId) return this.replayOf(cart.orderId, dto.cartId);
    if (dto.paymentMethod === 'cod' && dto.shipping.country !== CASH_ON_DELIVERY_COUNTRY) {
      throw new UnprocessableEntityException(
        'Cash on delivery is only offered for addresses in Morocco; pay by card instead',
      );
    }

    let orderId: string;
    try {
      const buyerKey = buyerKeyOf(shopper, dto.email, clientIp);
      const placed = await this.dataSource.transaction((manager) =>
        this.place(manager, shopper, dto, language, keyHash, buyerKey),
      );
      if (placed.alreadyOrdered) return this.replayOf(placed.orderId, dto.cartId);
      orderId = placed.orderId;
    } catch (error) {
      if (error instanceof TotalChanged) throw await this.totalChanged(dto, language, error);
      // The same key raced in from another request of this buyer: answer with its order.
      if (
        keyHash &&
        error instanceof QueryFailedError &&
        error.driverError?.code === PG_UNIQUE_VIOLATION
      ) {
        const earlier = await this.dataSource
          .getRepository(OrderEntity)
          .findOneBy({ idempotencyKey: keyHash });
        if (earlier) return this.replay(earlier, dto.cartId);
      }
      throw error;
    }
    const order = await this.dataSource.getRepository(OrderEntity).findOneByOrFail({ id: orderId });
    return { status: HttpStatus.CREATED, body: await this.respond(order) };
  }

  private async place(
    manager: EntityManager,
    shopper: Shopper,
    dto: CheckoutDto,
    language: Language,
    keyHash: string | null,
    buyerKey: string,
  ): Promise<{ orderId: string; alreadyOrdered: boolean }> {
    // The cart row lock makes a double submit wait here, then find the order already made.
    const cart = await manager
      .getRepository(CartEntity)
      .findOne({ where: { id: dto.cartId }, lock: { mode: 'pessimistic_write' } });
    if (!cart) throw new NotFoundException(CART_NOT_FOUND);
    if (cart.orderId) return { orderId: cart.orderId, alreadyOrdered: true };
    const items = await manager
      .getRepository(CartItemEntity)
      .find({ where: { cartId: cart.id }, order: { productId: 'ASC' } });
    if (items.length === 0) {
      throw new UnprocessableEntityException('Your cart is empty');
    }
    const lines = items.map((item) => ({ productId: item.productId, quantity: item.quantity }));
    await this.limits.lockAndCheck(manager, buyerKey, lines);
    let reserved: ReservedProduct[];
    try {
      reserved = await this.stock.reserve(manager, lines);
    } catch (error) {
      // Sold out or withdrawn since the shopper saw it: their total cannot be the order's.
      if (error instanceof ConflictException) throw new TotalChanged(error.message);
      throw error;
    }

    const bySeller = new Map<string, ReservedProduct[]>();
    for (const product of reserved) {
      bySeller.set(product.sellerId, [...(bySeller.get(product.sellerId) ?? []), product]);
    }
    const sellerIds = [...bySeller.keys()].sort();
    const rates = await manager.getRepository(SellerShippingEntity).findBy({ id: In(sellerIds) });
    const rateOf = new Map(
      rates.map((rate) => [
        rate.id,
        dto.shipping.country === CASH_ON_DELIVERY_COUNTRY
          ? rate.moroccoAmount
          : rate.internationalAmount,
      ]),
    );
    const parts = sellerIds.map((sellerId) => {
      const products = bySeller.get(sellerId) ?? [];
      const itemsAmount = products.reduce((sum, p) => sum + p.priceAmount * p.quantity, 0);
      const shippingAmount = rateOf.get(sellerId) ?? 0;
      return { sellerId, products, itemsAmount, shippingAmount };
    });
    const itemsAmount = parts.reduce((sum, part) => sum + part.itemsAmount, 0);
    const shippingAmount = parts.reduce((sum, part) => sum + part.shippingAmount, 0);
    assertOrderTotalFits(itemsAmount + shippingAmount);
    if (itemsAmount + shippingAmount !== dto.expectedTotal.amount) {
      throw new TotalChanged(
        'The total has changed since you saw it; check the new total and confirm it to order',
      );
    }

    const [{ number }]: { number: string }[] = await manager.query(
      `SELECT 'HRF-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('order_number_seq')::text, 6, '0') AS number`,
    );
    const isCard = dto.paymentMethod === 'card';
    const order = await manager.getRepository(OrderEntity).save({
      number,
      userId: shopper.user?.id ?? null,
      cartId: cart.id,
      idempotencyKey: keyHash,
      buyerKey,
      email: dto.email,
      language,
      paymentMethod: dto.paymentMethod,
      shippingName: dto.shipping.name,
      shippingPhone: dto.shipping.phone,
      shippingLine1: dto.shipping.line1,
      shippingLine2: dto.shipping.line2 ?? null,
      shippingCity: dto.shipping.city,
      shippingPostalCode: dto.shipping.postalCode ?? null,
      shippingCountry: dto.shipping.country,
      currency: 'MAD',
      itemsAmount,
      shippingAmount,
      totalAmount: itemsAmount + shippingAmount,
      paymentDueAt: isCard
        ? new Date(Date.now() + this.config.paymentTimeoutMinutes * 60_000)
        : null,
      paidAt: null,
    });
    const subOrders = await manager.getRepository(SubOrderEntity).save(
      parts.map((part) => ({
        orderId: order.id,
        sellerId: part.sellerId,
        status: INITIAL_ORDER_STATUS[dto.paymentMethod],
        itemsAmount: part.itemsAmount,
        shippingAmount: part.shippingAmount,
        totalAmount: part.itemsAmount + part.shippingAmount,
        commissionRateBps: this.config.commissionRateBps,
        refundedAmount: 0,
        trackingNumber: null,
      })),
    );
    await manager.getRepository(OrderLineEntity).insert(
      subOrders.flatMap((subOrder, index) =>
        parts[index].products.map((product) => ({
          subOrderId: subOrder.id,
          productId: product.id,
          productSlug: product.slug,
          title: titleOf(product, language),
          unitPrice: product.priceAmount,
          quantity: product.quantity,
          lineTotal: product.priceAmount * product.quantity,
          madeByMemberId: product.madeByMemberId,
        })),
      ),
    );
    await this.transitions.start(
      manager,
      subOrders.map((subOrder) => subOrder.id),
      dto.paymentMethod,
      { kind: 'shopper', userId: shopper.user?.id ?? null },
    );
    await manager
      .getRepository(CartEntity)
      .update({ id: cart.id }, { orderId: order.id, updatedAt: new Date() });
    // A card order is announced once paid; a cash order is a real order from now on.
    if (!isCard) await this.emails.queueOrderPlaced(manager, order.id);
    return { orderId: order.id, alreadyOrdered: false };
  }

  /** 409 with the cart as it is now and what differs from what the shopper saw. */
  private async totalChanged(
    dto: CheckoutDto,
    language: Language,
    cause: TotalChanged,
  ): Promise<ApiException> {
    const cart = await this.carts.view(dto.cartId, language);
    const seen: SeenLine[] = (
      await this.dataSource.getRepository(CartItemEntity).findBy({ cartId: dto.cartId })
    ).map((item) => ({
      lineId: item.id,
      unitPrice: item.seenUnitPrice,
      shippingMorocco: item.seenShippingMorocco,
      shippingInternational: item.seenShippingInternational,
      seenAt: item.seenAt,
    }));
    const destination =
      dto.shipping.country === CASH_ON_DELIVERY_COUNTRY ? 'morocco' : 'international';
    return new ApiException(HttpStatus.CONFLICT, CHECKOUT_ERROR_CODES.totalChanged, cause.message, {
      cart,
      changes: describeChanges(cart, seen, destination, dto.expectedTotal.amount),
    });
  }

  private async replayOf(orderId: string, cartId: string): Promise<CheckoutOutcome> {
    const order = await this.dataSource.getRepository(OrderEntity).findOneByOrFail({ id: orderId });
    return this.replay(order, cartId);
  }

  /** The answer to a checkout already made, retrying the payment page if it was never opened. */
  private async replay(order: OrderEntity, cartId: string): Promise<CheckoutOutcome> {
    if (order.cartId !== cartId) {
      throw new UnprocessableEntityException(
        'This Idempotency-Key was already used for another cart; use a new key',
      );
    }
    return { status: HttpStatus.OK, body: await this.respond(order) };
  }

  private async respond(order: OrderEntity): Promise<CheckoutResponseDto> {
    const body: CheckoutResponseDto = {
      orderId: order.id,
      orderNumber: order.number,
      paymentMethod: order.paymentMethod,
      paymentUrl: null,
    };
    if (order.paymentMethod !== 'card' || order.paidAt) return body;
    const stillPending = await this.dataSource
      .getRepository(SubOrderEntity)
      .existsBy({ orderId: order.id, status: 'pending_payment' });
    if (!stillPending) return body;
    const payment = await this.sessions.openFor(order.id);
    return { ...body, paymentUrl: payment.status === 'open' ? payment.checkoutUrl : null };
  }
}
