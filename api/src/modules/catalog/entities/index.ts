import { ProductEntity } from './product.entity';
import { ProductImageEntity } from './product-image.entity';
import { ProductModerationEventEntity } from './product-moderation-event.entity';
import { CategoryEntity, CraftEntity, ProvinceEntity } from './reference.entity';

export const CATALOG_ENTITIES = [
  ProductEntity,
  ProductImageEntity,
  ProductModerationEventEntity,
  ProvinceEntity,
  CraftEntity,
  CategoryEntity,
];
