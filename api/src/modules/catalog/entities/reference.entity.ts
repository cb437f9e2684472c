import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Columns shared by the catalogue's reference lists. */
abstract class NamedReference {
  @Column({ name: 'name_fr', type: 'text' })
  nameFr: string;

  @Column({ name: 'name_ar', type: 'text' })
  nameAr: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ type: 'integer', default: 0 })
  position: number;
}

@Entity({ name: 'provinces' })
export class ProvinceEntity extends NamedReference {
  @PrimaryColumn({ type: 'text' })
  code: string;
}

@Entity({ name: 'crafts' })
export class CraftEntity extends NamedReference {
  @PrimaryColumn({ type: 'text' })
  slug: string;
}

@Entity({ name: 'categories' })
export class CategoryEntity extends NamedReference {
  @PrimaryColumn({ type: 'text' })
  slug: string;
}
