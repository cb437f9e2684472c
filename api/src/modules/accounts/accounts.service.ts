import {
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { UserEntity } from './entities/user.entity';
import { SessionsService } from './sessions.service';
import { LoginLimiterService } from './login-limiter.service';
import type {
  ChangePasswordDto,
  LoginDto,
  RegisterDto,
  UpdateProfileDto,
  UserResponseDto,
} from './dto/auth.dto';

export interface OpenedSession {
  user: UserResponseDto;
  token: string;
  expiresAt: Date;
}

export interface ClientInfo {
  ip: string;
  userAgent: string | undefined;
}

export function toUserResponse(user: Pick<UserEntity, keyof UserResponseDto>): UserResponseDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    preferredLanguage: user.preferredLanguage,
  };
}

// Verified against when the email is unknown, so both answers take the same time.
const UNKNOWN_USER_HASH = hash('not-a-real-password-hirfa');

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly limiter: LoginLimiterService,
  ) {}

  /** New accounts are always shoppers; other roles come from the chamber's approval. */
  async register(dto: RegisterDto, client: ClientInfo): Promise<OpenedSession> {
    const passwordHash = await hash(dto.password);
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(UserEntity)
        .values({
          email: dto.email,
          name: dto.name,
          passwordHash,
          role: 'shopper',
          preferredLanguage: dto.preferredLanguage ?? 'fr',
        })
        .orIgnore()
        .returning('*')
        .execute();
      const row = inserted.raw[0];
      if (!row) throw new ConflictException('An account already uses this email');
      const user = manager.getRepository(UserEntity).create({
        id: row.id,
        email: row.email,
        name: row.name,
        role: row.role,
        preferredLanguage: row.preferred_language,
      });
      const session = await this.sessions.open(user.id, client.userAgent, manager);
      return { user: toUserResponse(user), ...session };
    });
  }

  async login(dto: LoginDto, client: ClientInfo): Promise<OpenedSession> {
    // The slot is taken before the password is checked, so parallel guesses cannot overrun it.
    const attempt = await this.limiter.reserve(dto.email, client.ip);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: dto.email });
    const valid = await verify(user?.passwordHash ?? (await UNKNOWN_USER_HASH), dto.password);
    if (!user || !valid) {
      await this.limiter.recordFailure(attempt);
      throw new UnauthorizedException('The email or the password is not right');
    }
    await this.limiter.recordSuccess(attempt);
    const session = await this.sessions.open(user.id, client.userAgent);
    return { user: toUserResponse(user), ...session };
  }

  async me(caller: AuthenticatedUser): Promise<UserResponseDto> {
    return toUserResponse(caller);
  }

  async updateProfile(caller: AuthenticatedUser, dto: UpdateProfileDto): Promise<UserResponseDto> {
    const repository = this.dataSource.getRepository(UserEntity);
    if (dto.name !== undefined || dto.preferredLanguage !== undefined) {
      await repository.update(
        { id: caller.id },
        {
          ...(dto.name !== undefined ? { name: dto.name } : {}),
          ...(dto.preferredLanguage !== undefined
            ? { preferredLanguage: dto.preferredLanguage }
            : {}),
        },
      );
    }
    const user = await repository.findOneBy({ id: caller.id });
    if (!user) throw new NotFoundException('This account no longer exists');
    return toUserResponse(user);
  }

  /**
   * Checks the current password, stores the new one and signs out every other session. The
   * check counts as a sign-in attempt: it takes its slots in the sign-in counters first, so a
   * stolen session cannot guess the current password past the sign-in limits.
   */
  async changePassword(
    caller: AuthenticatedUser,
    dto: ChangePasswordDto,
    client: ClientInfo,
  ): Promise<void> {
    const repository = this.dataSource.getRepository(UserEntity);
    const user = await repository.findOneBy({ id: caller.id });
    if (!user) throw new NotFoundException('This account no longer exists');
    const attempt = await this.limiter.reserve(user.email, client.ip);
    if (!(await verify(user.passwordHash, dto.currentPassword))) {
      await this.limiter.recordFailure(attempt);
      throw new ForbiddenException('The current password is not right');
    }
    await this.limiter.recordSuccess(attempt);
    const passwordHash = await hash(dto.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserEntity).update({ id: user.id }, { passwordHash });
      await this.sessions.closeOthers(user.id, caller.sessionId, manager);
    });
  }

  async logout(caller: AuthenticatedUser): Promise<void> {
    await this.sessions.close(caller.sessionId);
  }
}
