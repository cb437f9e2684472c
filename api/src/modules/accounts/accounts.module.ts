import { Global, Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AccountsService } from './accounts.service';
import { SessionsService } from './sessions.service';
import { LoginLimiterService } from './login-limiter.service';
import { AuthGuard } from '../../common/auth/auth.guard';

/** Global so that every module's controllers can use the auth guard. */
@Global()
@Module({
  controllers: [AuthController],
  providers: [AccountsService, SessionsService, LoginLimiterService, AuthGuard],
  exports: [SessionsService, AuthGuard],
})
export class AccountsModule {}
