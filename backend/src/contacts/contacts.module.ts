import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { ContactImports } from './contact-imports';
import { ContactsController } from './contacts.controller';
import { ContactsService } from './contacts.service';

/**
 * The directory of contacts. Registrations fill it through `contactOfRegistration` (a function, called in their
 * transaction), so they need nothing of this module; it invites through the invitations feature.
 */
@Module({
  imports: [InvitationsModule],
  controllers: [ContactsController],
  providers: [ContactsService, ContactImports],
})
export class ContactsModule {}
