import {
  applyDecorators,
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  SetMetadata,
  UnauthorizedException,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import type { UserRole } from '@hirfa/shared';
import { SessionsService } from '../../modules/accounts/sessions.service';
import { readSessionToken, type AuthenticatedUser } from './authenticated-user';

const ROLES_KEY = 'hirfa:roles';

type AuthenticatedRequest = Request & { user?: AuthenticatedUser };

/** Resolves the caller's session (cookie or bearer) and checks the route's roles. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly sessions: SessionsService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = readSessionToken(request.headers);
    const user = token ? await this.sessions.authenticate(token) : null;
    if (!user) throw new UnauthorizedException('Sign in to continue');
    request.user = user;
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (roles && roles.length > 0 && !roles.includes(user.role)) {
      throw new ForbiddenException('Your account is not allowed to do this');
    }
    return true;
  }
}

/** Requires a signed-in caller, and one of `roles` when any are named. */
export function Authenticated(...roles: UserRole[]) {
  return applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    UseGuards(AuthGuard),
    ApiCookieAuth('session'),
    ApiBearerAuth('session'),
    ApiUnauthorizedResponse({ description: 'No valid session' }),
    ...(roles.length
      ? [ApiForbiddenResponse({ description: `Only for: ${roles.join(', ')}` })]
      : []),
  );
}

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedUser => {
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!user) throw new UnauthorizedException('Sign in to continue');
    return user;
  },
);
