import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { hashToken, newToken } from '../common/tokens';
import { LinkTokenEntity, type LinkSubject } from './link-token.entity';

@Injectable()
export class LinkTokensService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new token for a personal link; only its hash is stored. */
  async mint(
    subjectType: LinkSubject,
    subjectId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    const token = newToken();
    await manager
      .createQueryBuilder()
      .insert()
      .into(LinkTokenEntity)
      .values({ id: randomUUID(), tokenHash: hashToken(token), subjectType, subjectId })
      // The created date is not read back: nobody needs it here, and it spares a SELECT per e-mail sent.
      .updateEntity(false)
      .execute();
    return token;
  }

  /** The id of what the token opens, or null for a token we never issued. */
  async resolve(
    subjectType: LinkSubject,
    token: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const row = await manager.findOneBy(LinkTokenEntity, { tokenHash: hashToken(token), subjectType });
    return row?.subjectId ?? null;
  }
}
