import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  Relation,
} from 'typeorm';
import type { ProvinceCode, SellerKind, SellerStatus } from '@hirfa/shared';
import { UserEntity } from '../../accounts/entities/user.entity';
import { CooperativeMemberEntity } from './cooperative-member.entity';

@Entity({ name: 'sellers' })
export class SellerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The public shop's address; given when the chamber first approves the seller. */
  @Column({ type: 'text', unique: true, nullable: true })
  slug: string | null;

  @Column({ type: 'text' })
  kind: SellerKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'province_code', type: 'text' })
  provinceCode: ProvinceCode;

  @Column({ name: 'craft_slug', type: 'text' })
  craftSlug: string;

  @Column({ type: 'text' })
  status: SellerStatus;

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_user_id' })
  owner?: Relation<UserEntity> | null;

  @Column({ name: 'bio_fr', type: 'text', nullable: true })
  bioFr: string | null;

  @Column({ name: 'bio_ar', type: 'text', nullable: true })
  bioAr: string | null;

  @Column({ name: 'bio_en', type: 'text', nullable: true })
  bioEn: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'workshop_address', type: 'text', nullable: true })
  workshopAddress: string | null;

  @Column({ name: 'artisan_card_number', type: 'text', nullable: true })
  artisanCardNumber: string | null;

  @Column({ name: 'artisan_card_expires_on', type: 'date', nullable: true })
  artisanCardExpiresOn: string | null;

  @Column({ name: 'registration_number', type: 'text', nullable: true })
  registrationNumber: string | null;

  /** When the application last went to the chamber; orders the review queue. */
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @OneToMany(() => CooperativeMemberEntity, (member) => member.seller)
  members?: Relation<CooperativeMemberEntity>[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
