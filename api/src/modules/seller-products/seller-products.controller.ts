import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
  UploadedFile,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../../common/auth/auth.guard';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { ListSellerProductsQueryDto } from './dto/list-seller-products-query.dto';
import { ProductIdParamDto, ProductImageParamsDto } from './dto/product-params.dto';
import { CreateSellerProductDto, UpdateSellerProductDto } from './dto/seller-product-request.dto';
import {
  SellerProductDto,
  SellerProductImageDto,
  SellerProductPageDto,
} from './dto/seller-product-response.dto';
import { UploadProductImageDto } from './dto/upload-product-image.dto';
import { PhotoUpload } from './photo-upload.interceptor';
import { ProductImagesService, type UploadedPhoto } from './product-images.service';
import { SellerProductsService } from './seller-products.service';

@ApiTags('seller products')
@Controller('seller/products')
@Authenticated('artisan', 'cooperative_admin')
@ApiNotFoundResponse({ description: 'None of your products has this id' })
export class SellerProductsController {
  constructor(
    private readonly products: SellerProductsService,
    private readonly images: ProductImagesService,
  ) {}

  @Get()
  @ApiOkResponse({ type: SellerProductPageDto })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListSellerProductsQueryDto,
  ): Promise<SellerProductPageDto> {
    return this.products.list(user, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: SellerProductDto })
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ProductIdParamDto,
  ): Promise<SellerProductDto> {
    return this.products.get(user, params.id);
  }

  @Post()
  @ApiCreatedResponse({ type: SellerProductDto })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: CreateSellerProductDto,
  ): Promise<SellerProductDto> {
    return this.products.create(user, dto);
  }

  @Patch(':id')
  @ApiOkResponse({ type: SellerProductDto })
  @ApiConflictResponse({ description: 'Showing a product the chamber has hidden' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ProductIdParamDto,
    @Body() dto: UpdateSellerProductDto,
  ): Promise<SellerProductDto> {
    return this.products.update(user, params.id, dto);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Deleted, with its photos' })
  remove(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ProductIdParamDto,
  ): Promise<void> {
    return this.products.remove(user, params.id);
  }

  @Post(':id/images')
  @PhotoUpload()
  @ApiCreatedResponse({ type: SellerProductImageDto })
  @ApiConflictResponse({ description: 'The product has its maximum of photos' })
  uploadImage(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ProductIdParamDto,
    @UploadedFile() file: UploadedPhoto | undefined,
    @Body() dto: UploadProductImageDto,
  ): Promise<SellerProductImageDto> {
    return this.images.upload(user, params.id, file, dto);
  }

  @Delete(':id/images/:imageId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Deleted, with its files' })
  removeImage(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: ProductImageParamsDto,
  ): Promise<void> {
    return this.images.remove(user, params.id, params.imageId);
  }
}
