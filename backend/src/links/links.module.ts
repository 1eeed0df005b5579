import { Global, Module } from '@nestjs/common';
import { LinkTokensService } from './link-tokens.service';

/** Personal links (invitations, registrations): minted when their e-mail is rendered, stored as hashes. */
@Global()
@Module({ providers: [LinkTokensService], exports: [LinkTokensService] })
export class LinksModule {}
