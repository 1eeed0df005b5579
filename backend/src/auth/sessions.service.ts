import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { LessThan, Repository } from 'typeorm';
import { hashToken, newToken } from '../common/tokens';
import { UserEntity } from '../users/user.entity';
import { SessionEntity } from './session.entity';

const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

@Injectable()
export class SessionsService {
  constructor(@InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>) {}

  async open(user: UserEntity): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
    await this.sessions.delete({ userId: user.id, expiresAt: LessThan(new Date()) });
    await this.sessions.insert({ id: randomUUID(), tokenHash: hashToken(token), userId: user.id, expiresAt });
    return { token, expiresAt };
  }

  async userForToken(token: string): Promise<UserEntity | null> {
    const session = await this.sessions.findOne({
      where: { tokenHash: hashToken(token) },
      relations: { user: true },
    });
    if (!session?.user || session.expiresAt.getTime() <= Date.now() || !session.user.active) return null;
    return session.user;
  }

  async close(token: string): Promise<void> {
    await this.sessions.delete({ tokenHash: hashToken(token) });
  }

  /** Logs a user out everywhere, e.g. when an admin deactivates the account or resets its password. */
  async closeAllFor(userId: string): Promise<void> {
    await this.sessions.delete({ userId });
  }
}
