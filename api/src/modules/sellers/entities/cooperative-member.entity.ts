import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { SellerEntity } from './seller.entity';

/** An artisan who works within a cooperative; products can name the member who made them. */
@Entity({ name: 'cooperative_members' })
export class CooperativeMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'seller_id', type: 'uuid' })
  sellerId: string;

  @ManyToOne(() => SellerEntity, (seller) => seller.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seller_id' })
  seller?: Relation<SellerEntity>;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'craft_slug', type: 'text' })
  craftSlug: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
