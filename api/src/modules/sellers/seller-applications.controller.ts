import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { USER_ROLES } from '@hirfa/shared';
import { Authenticated, CurrentUser } from '../../common/auth/auth.guard';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import {
  CreateSellerApplicationDto,
  UpdateSellerApplicationDto,
} from './dto/seller-application.dto';
import { SellerApplicationDto } from './dto/seller-response.dto';
import { SellerApplicationsService } from './seller-applications.service';

/** The chamber's staff review applications; they do not make them. */
const APPLICANT_ROLES = USER_ROLES.filter((role) => role !== 'chamber_staff');

@ApiTags('seller applications')
@Controller('seller-applications')
@Authenticated(...APPLICANT_ROLES)
export class SellerApplicationsController {
  constructor(private readonly applications: SellerApplicationsService) {}

  @Post()
  @ApiCreatedResponse({ type: SellerApplicationDto })
  @ApiBadRequestResponse({ description: 'Invalid or incomplete for its kind; see details' })
  @ApiConflictResponse({ description: 'The caller already has an application' })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: CreateSellerApplicationDto,
  ): Promise<SellerApplicationDto> {
    return this.applications.create(user, dto);
  }

  @Get('mine')
  @ApiOkResponse({ type: SellerApplicationDto })
  @ApiNotFoundResponse({ description: 'The caller has not applied' })
  mine(@CurrentUser() user: AuthenticatedUser): Promise<SellerApplicationDto> {
    return this.applications.mine(user);
  }

  @Patch('mine')
  @ApiOkResponse({ type: SellerApplicationDto })
  @ApiConflictResponse({ description: 'Only drafts and rejected applications can be edited' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: UpdateSellerApplicationDto,
  ): Promise<SellerApplicationDto> {
    return this.applications.update(user, dto);
  }

  @Post('mine/submit')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SellerApplicationDto })
  @ApiConflictResponse({ description: 'Only drafts and rejected applications can be submitted' })
  submit(@CurrentUser() user: AuthenticatedUser): Promise<SellerApplicationDto> {
    return this.applications.submit(user);
  }
}
