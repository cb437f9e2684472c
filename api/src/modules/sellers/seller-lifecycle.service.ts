import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  canApplySellerAction,
  SELLER_ACTION_RULES,
  SELLER_INITIAL_STATUSES,
  type SellerAction,
  type SellerKind,
  type SellerStatus,
  type UserRole,
} from '@hirfa/shared';
import { UserEntity } from '../accounts/entities/user.entity';
import { SellerStatusChangeEntity } from './entities/seller-status-change.entity';
import { SellerEntity } from './entities/seller.entity';
import { isCardExpired } from './artisan-card';
import { baseSellerSlug, firstFreeSlug } from './seller-slug';

/** Which seller to act on: by id for the chamber, by owner for the applicant. */
export type SellerTarget = { id: string } | { ownerUserId: string };

/** Approval is the only way a user's role changes. */
const ROLE_OF_APPROVED: Readonly<Record<SellerKind, UserRole>> = {
  artisan: 'artisan',
  cooperative: 'cooperative_admin',
};

const PAST_TENSE: Readonly<Record<SellerAction, string>> = {
  submit: 'submitted',
  approve: 'approved',
  reject: 'rejected',
  suspend: 'suspended',
  reinstate: 'reinstated',
};

// One key for every slug allocation: approvals are rare, and this rules out two sellers
// being given the same slug by concurrent approvals.
const SLUG_ALLOCATION_LOCK = 'hirfa.sellers.slug';

const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');

/** A move the transition table does not allow from the seller's current status. */
export class SellerTransitionRefusedException extends ConflictException {
  constructor(
    readonly action: SellerAction,
    readonly sellerStatus: SellerStatus,
  ) {
    const from = SELLER_ACTION_RULES[action].from.join(' or ');
    super(
      `This seller is ${sellerStatus}; only ${article(from)} ${from} seller can be ${PAST_TENSE[action]}`,
    );
  }
}

@Injectable()
export class SellerLifecycleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The one place a seller's status changes: locks the row, checks the move against the
   * transition table, applies its effects and records who made it, in one transaction.
   */
  async apply(
    target: SellerTarget,
    action: SellerAction,
    actorUserId: string,
    reason: string | null = null,
  ): Promise<string> {
    const rule = SELLER_ACTION_RULES[action];
    if (rule.reasonRequired && !reason) {
      throw new BadRequestException(`A reason is required to ${action} a seller`);
    }
    return this.dataSource.transaction(async (manager) => {
      const seller = await this.lock(manager, target);
      if (!seller) throw notFound(target);
      if (!canApplySellerAction(action, seller.status)) {
        throw new SellerTransitionRefusedException(action, seller.status);
      }
      const effects = await this.effectsOf(action, seller, manager);
      await manager
        .getRepository(SellerEntity)
        .update({ id: seller.id }, { ...effects, status: rule.to });
      await this.record(manager, seller.id, seller.status, rule.to, actorUserId, reason);
      return seller.id;
    });
  }

  /** Locks the seller's row until the transaction ends, so two people cannot act at once. */
  lock(manager: EntityManager, target: SellerTarget): Promise<SellerEntity | null> {
    const query = manager
      .getRepository(SellerEntity)
      .createQueryBuilder('seller')
      .setLock('pessimistic_write');
    return 'id' in target
      ? query.where('seller.id = :id', { id: target.id }).getOne()
      : query.where('seller.ownerUserId = :owner', { owner: target.ownerUserId }).getOne();
  }

  /** Records the status an application was created in. */
  async recordCreation(
    manager: EntityManager,
    sellerId: string,
    status: SellerStatus,
    actorUserId: string,
  ): Promise<void> {
    if (!SELLER_INITIAL_STATUSES.includes(status)) {
      throw new Error(`A seller cannot be created as ${status}`);
    }
    await this.record(manager, sellerId, null, status, actorUserId, null);
  }

  private async record(
    manager: EntityManager,
    sellerId: string,
    fromStatus: SellerStatus | null,
    toStatus: SellerStatus,
    actorUserId: string,
    reason: string | null,
  ): Promise<void> {
    await manager
      .getRepository(SellerStatusChangeEntity)
      .insert({ sellerId, fromStatus, toStatus, actorUserId, reason });
  }

  private async effectsOf(
    action: SellerAction,
    seller: SellerEntity,
    manager: EntityManager,
  ): Promise<Partial<Pick<SellerEntity, 'slug' | 'approvedAt' | 'submittedAt'>>> {
    switch (action) {
      case 'submit':
        return { submittedAt: new Date() };
      case 'approve':
        return this.approve(seller, manager);
      case 'reinstate':
        return seller.approvedAt ? {} : { approvedAt: new Date() };
      default:
        return {};
    }
  }

  private async approve(
    seller: SellerEntity,
    manager: EntityManager,
  ): Promise<Pick<SellerEntity, 'slug' | 'approvedAt'>> {
    if (seller.kind === 'artisan') {
      if (!seller.artisanCardExpiresOn) {
        throw new UnprocessableEntityException('This artisan has given no artisan card');
      }
      if (isCardExpired(seller.artisanCardExpiresOn)) {
        throw new UnprocessableEntityException(
          `The artisan card expired on ${seller.artisanCardExpiresOn}; ask the artisan to renew it before approving`,
        );
      }
    }
    const slug = seller.slug ?? (await this.allocateSlug(seller, manager));
    if (seller.ownerUserId) {
      await manager
        .getRepository(UserEntity)
        .update({ id: seller.ownerUserId }, { role: ROLE_OF_APPROVED[seller.kind] });
    }
    return { slug, approvedAt: new Date() };
  }

  private async allocateSlug(seller: SellerEntity, manager: EntityManager): Promise<string> {
    const base = baseSellerSlug(seller);
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SLUG_ALLOCATION_LOCK]);
    const taken: { slug: string }[] = await manager
      .getRepository(SellerEntity)
      .createQueryBuilder('seller')
      .select('seller.slug', 'slug')
      .where('seller.slug = :base OR seller.slug LIKE :numbered', {
        base,
        numbered: `${base}-%`,
      })
      .getRawMany();
    return firstFreeSlug(
      base,
      taken.map((row) => row.slug),
    );
  }
}

function notFound(target: SellerTarget): NotFoundException {
  return new NotFoundException(
    'id' in target ? 'No seller has this id' : 'You have not applied to sell yet',
  );
}
