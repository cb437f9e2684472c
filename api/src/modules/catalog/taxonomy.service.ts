import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CategoryEntity, CraftEntity, ProvinceEntity } from './entities/reference.entity';
import type { TaxonomyDto, TaxonomyEntryDto } from './dto/product-response.dto';

type Named = { nameFr: string; nameAr: string; nameEn: string };

const toEntry = (slug: string, entity: Named): TaxonomyEntryDto => ({
  slug,
  name: { fr: entity.nameFr, ar: entity.nameAr, en: entity.nameEn },
});

@Injectable()
export class TaxonomyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(): Promise<TaxonomyDto> {
    const order = { position: 'ASC' } as const;
    const [provinces, crafts, categories] = await Promise.all([
      this.dataSource.getRepository(ProvinceEntity).find({ order }),
      this.dataSource.getRepository(CraftEntity).find({ order }),
      this.dataSource.getRepository(CategoryEntity).find({ order }),
    ]);
    return {
      provinces: provinces.map((province) => toEntry(province.code, province)),
      crafts: crafts.map((craft) => toEntry(craft.slug, craft)),
      categories: categories.map((category) => toEntry(category.slug, category)),
    };
  }
}
