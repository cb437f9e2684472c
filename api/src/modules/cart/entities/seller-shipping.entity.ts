import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The flat shipping rates columns of a seller, read and written without the rest of the shop. */
@Entity({ name: 'sellers' })
export class SellerShippingEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** Centimes, for an address in Morocco. */
  @Column({ name: 'shipping_morocco_amount', type: 'integer' })
  moroccoAmount: number;

  /** Centimes, for an address abroad. */
  @Column({ name: 'shipping_international_amount', type: 'integer' })
  internationalAmount: number;
}
