import {
  ConflictException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { Brackets, DataSource, EntityManager, IsNull, type WhereExpressionBuilder } from 'typeorm';
import { CART_LIMITS, type Language } from '@hirfa/shared';
import { CartEntity } from './entities/cart.entity';
import { CartItemEntity } from './entities/cart-item.entity';
import { buildCart, CART_LINES_SQL, isOnSale, type CartLineRow } from './cart-view';
import type { AddCartItemDto, UpdateCartItemDto } from './dto/cart-request.dto';
import type { CartDto } from './dto/cart-response.dto';
import { hashCartToken, type Shopper } from './shopper';

const CART_NOT_FOUND = 'No cart with this id is open for you';
const ITEM_NOT_FOUND = 'This cart has no line with this id';

export interface OpenedCart {
  cart: CartDto;
  created: boolean;
  /** A new guest token to set in the cookie. */
  newToken: string | null;
}

interface ProductForCart {
  id: string;
  slug: string;
  title: string;
  stock: number;
  product_status: string;
  seller_status: string;
  price_amount: number;
  shipping_morocco_amount: number;
  shipping_international_amount: number;
}

/** The price and shipping the shopper sees as they set a line, kept to tell them what changed. */
function seenNow(product: ProductForCart) {
  return {
    seenUnitPrice: product.price_amount,
    seenShippingMorocco: product.shipping_morocco_amount,
    seenShippingInternational: product.shipping_international_amount,
    seenAt: new Date(),
  };
}

/** Guest and account carts: lines are products and quantities, priced on every read. */
@Injectable()
export class CartService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The caller's open cart, made if there is none. A guest keeps a token the server issued
   * (its earlier cart became an order, which the token still reaches); any other cookie value
   * is replaced by a new token, so no one can choose the token of a cart they plant.
   */
  async open(shopper: Shopper, language: Language): Promise<OpenedCart> {
    const repository = this.dataSource.getRepository(CartEntity);
    const existing = await this.findOpen(this.dataSource.manager, shopper);
    if (existing) {
      return { cart: await this.view(existing.id, language), created: false, newToken: null };
    }
    if (shopper.user) {
      // A concurrent request may have opened it first; one open cart per user is a constraint.
      await repository
        .createQueryBuilder()
        .insert()
        .values({ userId: shopper.user.id })
        .orIgnore()
        .execute();
      const cart = await repository.findOneByOrFail({ userId: shopper.user.id, orderId: IsNull() });
      return { cart: await this.view(cart.id, language), created: true, newToken: null };
    }
    const kept = await this.issuedTokenOnlyOrdered(shopper.cartToken);
    const token = kept ?? randomBytes(32).toString('base64url');
    const tokenHash = hashCartToken(token);
    await repository.createQueryBuilder().insert().values({ tokenHash }).orIgnore().execute();
    const cart = await repository.findOneByOrFail({ tokenHash, orderId: IsNull() });
    return {
      cart: await this.view(cart.id, language),
      created: true,
      newToken: kept ? null : token,
    };
  }

  /** The token when the server made it for carts that are all orders by now; else null. */
  private async issuedTokenOnlyOrdered(token: string | null): Promise<string | null> {
    if (!token) return null;
    const [row]: { ordered: boolean | null; open: boolean | null }[] = await this.dataSource.query(
      `SELECT bool_or(order_id IS NOT NULL) AS ordered, bool_or(order_id IS NULL) AS open
         FROM carts WHERE token_hash = $1`,
      [hashCartToken(token)],
    );
    return row?.ordered && !row.open ? token : null;
  }

  async get(shopper: Shopper, cartId: string, language: Language): Promise<CartDto> {
    await this.requireOpen(this.dataSource.manager, shopper, cartId);
    return this.view(cartId, language);
  }

  /** Adding a product already in the cart adds to its quantity, up to the stock. */
  async addItem(
    shopper: Shopper,
    cartId: string,
    dto: AddCartItemDto,
    language: Language,
  ): Promise<CartDto> {
    await this.dataSource.transaction(async (manager) => {
      await this.requireOpen(manager, shopper, cartId, { lock: true });
      const product = await this.productForCart(manager, dto.productId);
      if (!product || !isOnSale(product)) {
        throw new NotFoundException('No product with this id is for sale');
      }
      const items = manager.getRepository(CartItemEntity);
      const existing = await items.findOneBy({ cartId, productId: product.id });
      const quantity = (existing?.quantity ?? 0) + dto.quantity;
      assertInStock(product, quantity, existing?.quantity ?? 0);
      if (existing) {
        await items.update({ id: existing.id }, { quantity, ...seenNow(product) });
      } else if ((await items.countBy({ cartId })) >= CART_LIMITS.maxLines) {
        throw new UnprocessableEntityException(
          `A cart holds at most ${CART_LIMITS.maxLines} different products`,
        );
      } else {
        await items.insert({ cartId, productId: product.id, quantity, ...seenNow(product) });
      }
      await this.touch(manager, cartId);
    });
    return this.view(cartId, language);
  }

  async updateItem(
    shopper: Shopper,
    cartId: string,
    itemId: string,
    dto: UpdateCartItemDto,
    language: Language,
  ): Promise<CartDto> {
    await this.dataSource.transaction(async (manager) => {
      await this.requireOpen(manager, shopper, cartId, { lock: true });
      const items = manager.getRepository(CartItemEntity);
      const item = await items.findOneBy({ id: itemId, cartId });
      if (!item) throw new NotFoundException(ITEM_NOT_FOUND);
      const product = await this.productForCart(manager, item.productId);
      if (!product || !isOnSale(product)) {
        throw new ConflictException('This product is no longer for sale; remove it from the cart');
      }
      assertInStock(product, dto.quantity, 0);
      await items.update({ id: item.id }, { quantity: dto.quantity, ...seenNow(product) });
      await this.touch(manager, cartId);
    });
    return this.view(cartId, language);
  }

  async removeItem(
    shopper: Shopper,
    cartId: string,
    itemId: string,
    language: Language,
  ): Promise<CartDto> {
    await this.dataSource.transaction(async (manager) => {
      await this.requireOpen(manager, shopper, cartId, { lock: true });
      const { affected } = await manager
        .getRepository(CartItemEntity)
        .delete({ id: itemId, cartId });
      if (!affected) throw new NotFoundException(ITEM_NOT_FOUND);
      await this.touch(manager, cartId);
    });
    return this.view(cartId, language);
  }

  /**
   * The cart if the caller may reach it (its cookie token, or its signed-in owner), open or
   * already turned into an order; otherwise null, which callers answer with 404.
   */
  async findReachable(
    manager: EntityManager,
    shopper: Shopper,
    cartId: string,
    options: { lock?: boolean } = {},
  ): Promise<CartEntity | null> {
    if (!shopper.user && !shopper.cartToken) return null;
    const query = manager
      .getRepository(CartEntity)
      .createQueryBuilder('cart')
      .where('cart.id = :cartId', { cartId })
      .andWhere(new Brackets((where) => reachableBy(where, shopper)));
    if (options.lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  async view(cartId: string, language: Language): Promise<CartDto> {
    const rows: CartLineRow[] = await this.dataSource.query(CART_LINES_SQL, [cartId]);
    return buildCart(cartId, rows, language);
  }

  private async requireOpen(
    manager: EntityManager,
    shopper: Shopper,
    cartId: string,
    options: { lock?: boolean } = {},
  ): Promise<CartEntity> {
    const cart = await this.findReachable(manager, shopper, cartId, options);
    if (!cart || cart.orderId) throw new NotFoundException(CART_NOT_FOUND);
    return cart;
  }

  private async findOpen(manager: EntityManager, shopper: Shopper): Promise<CartEntity | null> {
    const repository = manager.getRepository(CartEntity);
    if (shopper.user) {
      const own = await repository.findOneBy({ userId: shopper.user.id, orderId: IsNull() });
      if (own) return own;
    }
    if (!shopper.cartToken) return null;
    const guest = await repository.findOneBy({
      tokenHash: hashCartToken(shopper.cartToken),
      orderId: IsNull(),
    });
    // A signed-in caller keeps using their guest cart until it is merged at sign-in.
    return guest && (guest.userId === null || guest.userId === shopper.user?.id) ? guest : null;
  }

  private async productForCart(
    manager: EntityManager,
    productId: string,
  ): Promise<ProductForCart | null> {
    const rows: ProductForCart[] = await manager.query(
      `SELECT p.id, p.slug, coalesce(p.title_fr, p.title_en, p.title_ar) AS title, p.stock,
              p.status AS product_status, s.status AS seller_status, p.price_amount,
              s.shipping_morocco_amount, s.shipping_international_amount
         FROM products p JOIN sellers s ON s.id = p.seller_id
        WHERE p.id = $1`,
      [productId],
    );
    return rows[0] ?? null;
  }

  private async touch(manager: EntityManager, cartId: string): Promise<void> {
    await manager.getRepository(CartEntity).update({ id: cartId }, { updatedAt: new Date() });
  }
}

/** Who may reach a cart: its signed-in owner, or whoever holds its guest token. */
function reachableBy(where: WhereExpressionBuilder, shopper: Shopper): void {
  where.where('false');
  if (shopper.user) where.orWhere('cart.userId = :userId', { userId: shopper.user.id });
  if (shopper.cartToken) {
    where.orWhere('cart.tokenHash = :tokenHash', { tokenHash: hashCartToken(shopper.cartToken) });
  }
}

function assertInStock(product: ProductForCart, quantity: number, alreadyInCart: number): void {
  if (product.stock === 0) {
    throw new ConflictException(`“${product.title}” is sold out`);
  }
  if (quantity > product.stock) {
    const inCart = alreadyInCart > 0 ? ` and your cart already has ${alreadyInCart}` : '';
    throw new ConflictException(
      `Only ${product.stock} of “${product.title}” ${product.stock === 1 ? 'is' : 'are'} left${inCart}`,
    );
  }
}
