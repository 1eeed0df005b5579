import { Injectable } from '@nestjs/common';
import { audit } from '../common/audit-log';
import { DomainError } from '../common/domain-error';
import { UsersService } from '../users/users.service';
import type { LoginDto, LoginResponseDto } from './dto';
import { verifyPassword } from './passwords';
import { SessionsService } from './sessions.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
  ) {}

  async login({ email, password }: LoginDto): Promise<LoginResponseDto> {
    const user = await this.users.findActiveByEmail(email);
    const valid = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      audit('login.failed', { email: email.trim().toLowerCase(), account: user ? 'exists' : 'unknown' });
      throw new DomainError('INVALID_CREDENTIALS');
    }
    const { token, expiresAt } = await this.sessions.open(user);
    audit(
      'login.succeeded',
      { user: user.id, email: user.email },
      { actor: user, subject: { type: 'user', id: user.id } },
    );
    return {
      accessToken: token,
      expiresAt: expiresAt.toISOString(),
      user: { id: user.id, email: user.email, name: user.name, role: user.role, language: user.language },
    };
  }
}
