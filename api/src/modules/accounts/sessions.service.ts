import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, MoreThan, Not } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/configuration';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { SessionEntity } from './entities/session.entity';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Opens a session; the token is returned once and only its hash is stored. */
  async open(
    userId: string,
    userAgent: string | undefined,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionTtlDays * 86_400_000);
    await manager.getRepository(SessionEntity).insert({
      userId,
      tokenHash: hashToken(token),
      expiresAt,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return { token, expiresAt };
  }

  async authenticate(token: string): Promise<AuthenticatedUser | null> {
    const session = await this.dataSource.getRepository(SessionEntity).findOne({
      where: { tokenHash: hashToken(token), expiresAt: MoreThan(new Date()) },
      relations: { user: true },
    });
    if (!session?.user) return null;
    const { user } = session;
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      preferredLanguage: user.preferredLanguage,
      sessionId: session.id,
    };
  }

  async close(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ id: sessionId });
  }

  /** Signs the user out everywhere but here (after a password change). */
  async closeOthers(userId: string, keepSessionId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(SessionEntity).delete({ userId, id: Not(keepSessionId) });
  }
}
