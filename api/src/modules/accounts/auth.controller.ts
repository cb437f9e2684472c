import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Patch,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import { Authenticated, CurrentUser } from '../../common/auth/auth.guard';
import { RateLimit } from '../../common/rate-limit/rate-limit.guard';
import {
  SESSION_COOKIE,
  wantsBearerToken,
  type AuthenticatedUser,
} from '../../common/auth/authenticated-user';
import { GuestCartMergeService } from '../cart/guest-cart-merge.service';
import { AccountsService, type ClientInfo, type OpenedSession } from './accounts.service';
import {
  ChangePasswordDto,
  LoginDto,
  RegisterDto,
  SessionResponseDto,
  UpdateProfileDto,
  UserResponseDto,
} from './dto/auth.dto';

@ApiTags('accounts')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly guestCarts: GuestCartMergeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('register')
  @RateLimit('register-ip')
  @ApiOkResponse({ type: SessionResponseDto })
  @ApiConflictResponse({ description: 'The email is taken' })
  async register(
    @Body() dto: RegisterDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponseDto> {
    const session = await this.accounts.register(dto, clientOf(request));
    await this.guestCarts.mergeInto(session.user.id, request);
    return this.startSession(session, request, response);
  }

  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SessionResponseDto })
  @ApiTooManyRequestsResponse({ description: 'Too many failed sign-ins; see Retry-After' })
  async login(
    @Body() dto: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponseDto> {
    const session = await this.accounts.login(dto, clientOf(request));
    await this.guestCarts.mergeInto(session.user.id, request);
    return this.startSession(session, request, response);
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  async logout(
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.accounts.logout(user);
    response.clearCookie(SESSION_COOKIE, this.cookieOptions());
  }

  @Get('me')
  @Authenticated()
  @ApiOkResponse({ type: UserResponseDto })
  me(@CurrentUser() user: AuthenticatedUser): Promise<UserResponseDto> {
    return this.accounts.me(user);
  }

  @Patch('me')
  @Authenticated()
  @ApiOkResponse({ type: UserResponseDto })
  updateMe(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: UpdateProfileDto,
  ): Promise<UserResponseDto> {
    return this.accounts.updateProfile(user, dto);
  }

  @Post('me/password')
  @Authenticated()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Changed; every other session is signed out' })
  @ApiTooManyRequestsResponse({
    description: 'Too many wrong passwords (sign-in limits); see Retry-After',
  })
  changePassword(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: ChangePasswordDto,
    @Req() request: Request,
  ): Promise<void> {
    return this.accounts.changePassword(user, dto, clientOf(request));
  }

  /**
   * The token goes in the httpOnly cookie only, out of reach of the page's scripts; a Bearer
   * client asks for it in the body with `X-Session-Transport: bearer`.
   */
  private startSession(
    session: OpenedSession,
    request: Request,
    response: Response,
  ): SessionResponseDto {
    response.cookie(SESSION_COOKIE, session.token, {
      ...this.cookieOptions(),
      expires: session.expiresAt,
    });
    return {
      user: session.user,
      ...(wantsBearerToken(request) ? { token: session.token } : {}),
      expiresAt: session.expiresAt.toISOString(),
    };
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.cookieSecure, path: '/' };
  }
}

function clientOf(request: Request): ClientInfo {
  return { ip: request.ip ?? 'unknown', userAgent: request.headers['user-agent'] };
}
