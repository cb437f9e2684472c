import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { SellerScopeService } from '../seller-products/seller-scope.service';
import { SellerShippingEntity } from './entities/seller-shipping.entity';
import type { UpdateSellerShippingDto } from './dto/cart-request.dto';
import type { SellerShippingResponseDto } from './dto/cart-response.dto';

/** The flat rates a seller charges per order: one for Morocco, one for abroad. */
@Injectable()
export class SellerShippingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: SellerScopeService,
  ) {}

  async get(user: AuthenticatedUser): Promise<SellerShippingResponseDto> {
    const shop = await this.scope.requireApprovedShop(user);
    return this.read(shop.id);
  }

  async update(
    user: AuthenticatedUser,
    dto: UpdateSellerShippingDto,
  ): Promise<SellerShippingResponseDto> {
    const shop = await this.scope.requireApprovedShop(user);
    const changes = {
      ...(dto.moroccoAmount !== undefined ? { moroccoAmount: dto.moroccoAmount } : {}),
      ...(dto.internationalAmount !== undefined
        ? { internationalAmount: dto.internationalAmount }
        : {}),
    };
    if (Object.keys(changes).length > 0) {
      await this.dataSource.getRepository(SellerShippingEntity).update({ id: shop.id }, changes);
    }
    return this.read(shop.id);
  }

  private async read(sellerId: string): Promise<SellerShippingResponseDto> {
    const rates = await this.dataSource
      .getRepository(SellerShippingEntity)
      .findOneByOrFail({ id: sellerId });
    return {
      moroccoAmount: rates.moroccoAmount,
      internationalAmount: rates.internationalAmount,
      currency: 'MAD',
    };
  }
}
