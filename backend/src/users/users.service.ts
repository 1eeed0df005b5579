import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Page } from '@roundtable/contracts';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import { SessionsService } from '../auth/sessions.service';
import { audit, type AuditFields } from '../common/audit-log';
import { DomainError } from '../common/domain-error';
import { isUniqueViolation } from '../database/errors';
import { toUser, type CreateUserDto, type UpdateUserDto, type UserDto } from './dto';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionsService,
  ) {}

  findActiveByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: email.trim().toLowerCase(), active: true });
  }

  async list(): Promise<Page<UserDto>> {
    const [users, total] = await this.users.findAndCount({ order: { role: 'ASC', name: 'ASC' } });
    return { items: users.map(toUser), total };
  }

  async create(input: CreateUserDto): Promise<UserDto> {
    const user = this.users.create({
      id: randomUUID(),
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      language: input.language ?? 'bg',
      passwordHash: await hashPassword(input.password),
      active: true,
    });
    try {
      await this.users.insert(user);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('EMAIL_TAKEN');
      throw error;
    }
    audit(
      'user.created',
      { user: user.id, email: user.email, role: user.role },
      { subject: { type: 'user', id: user.id } },
    );
    return toUser(await this.users.findOneByOrFail({ id: user.id }));
  }

  async update(id: string, input: UpdateUserDto, actor: UserEntity): Promise<UserDto> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new DomainError('USER_NOT_FOUND');
    const demotesSelf = input.role !== undefined && input.role !== 'admin';
    if (user.id === actor.id && (input.active === false || demotesSelf)) {
      throw new DomainError('CANNOT_DEACTIVATE_SELF');
    }
    const { password, ...fields } = input;
    const before = { role: user.role, active: user.active, name: user.name, language: user.language };
    Object.assign(user, fields);
    if (password) user.passwordHash = await hashPassword(password);
    await this.users.save(user);
    audit(
      'user.changed',
      {
        user: user.id,
        email: user.email,
        ...changes(before, user),
        credentials: password ? 'changed' : undefined,
      },
      { subject: { type: 'user', id: user.id } },
    );
    if (password || input.active === false) await this.sessions.closeAllFor(user.id);
    return toUser(user);
  }

  /** Creates the account named by ADMIN_EMAIL/ADMIN_PASSWORD, but only into an empty user table. */
  async ensureFirstAdmin(admin: { email: string; password: string } | null): Promise<void> {
    if (!admin || (await this.users.count()) > 0) return;
    await this.create({ email: admin.email, password: admin.password, name: 'Administrator', role: 'admin' });
    this.logger.log(`Created the first admin account ${admin.email}`);
  }
}

/** `role: "organizer->admin"` for each field that changed. */
function changes<T extends Record<string, string | boolean>>(before: T, after: T): AuditFields {
  return Object.fromEntries(
    Object.entries(before)
      .filter(([key, value]) => after[key] !== value)
      .map(([key, value]) => [key, `${String(value)}->${String(after[key])}`]),
  );
}
