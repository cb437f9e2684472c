import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { SubOrderEntity } from './sub-order.entity';

/** A product as it was sold: title and price are copied, so later edits do not change it. */
@Entity({ name: 'order_lines' })
export class OrderLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'sub_order_id', type: 'uuid' })
  subOrderId: string;

  @ManyToOne(() => SubOrderEntity, (subOrder) => subOrder.lines, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sub_order_id' })
  subOrder?: Relation<SubOrderEntity>;

  @Column({ name: 'product_id', type: 'uuid', nullable: true })
  productId: string | null;

  @Column({ name: 'product_slug', type: 'text' })
  productSlug: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'unit_price', type: 'integer' })
  unitPrice: number;

  @Column({ type: 'integer' })
  quantity: number;

  @Column({ name: 'line_total', type: 'integer' })
  lineTotal: number;

  @Column({ name: 'made_by_member_id', type: 'uuid', nullable: true })
  madeByMemberId: string | null;
}
