import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../../common/auth/auth.guard';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { PaginationQueryDto } from '../../common/dto/pagination-query.dto';
import { SellerLedgerDto } from './dto/ledger.dto';
import { LedgerStatementService } from './ledger-statement.service';

@ApiTags('seller ledger')
@Controller('seller/ledger')
@Authenticated('artisan', 'cooperative_admin')
export class SellerLedgerController {
  constructor(private readonly statements: LedgerStatementService) {}

  @Get()
  @ApiOkResponse({ type: SellerLedgerDto })
  statement(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: PaginationQueryDto,
  ): Promise<SellerLedgerDto> {
    return this.statements.statement(user, query);
  }
}
