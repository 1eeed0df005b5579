import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  CONTACT_LIMITS,
  type Contact,
  type ContactImport,
  type ContactInvitationResult,
  type ContactPage,
} from '@roundtable/contracts';
import { CurrentUser } from '../auth/auth.decorators';
import { AuditChanges } from '../common/audit-log';
import { DomainError } from '../common/domain-error';
import type { UserEntity } from '../users/user.entity';
import { ContactsService } from './contacts.service';
import { ContactInputDto, ContactPatchDto } from './dto/contact-input.dto';
import { ContactInvitationDto } from './dto/contact-invitation.dto';
import { ContactListQueryDto } from './dto/contact-query.dto';

/** The directory of stakeholders across events: organisers and admins only (the default roles). */
@ApiTags('contacts')
@ApiBearerAuth()
@AuditChanges('contact')
@Controller('contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  @ApiOperation({ summary: 'Contacts, searched in name, e-mail and organisation, sorted by name, paged' })
  list(@Query() query: ContactListQueryDto): Promise<ContactPage> {
    return this.contacts.list(query);
  }

  @Post()
  @ApiOperation({ summary: 'Add a contact by hand; 409 CONTACT_EXISTS when the address is in the directory' })
  create(@Body() body: ContactInputDto): Promise<Contact> {
    return this.contacts.create(body);
  }

  @Post('imports')
  @HttpCode(202)
  @ApiConsumes('text/csv')
  @ApiBody({
    schema: { type: 'string' },
    description:
      `CSV, UTF-8 (a byte-order mark is fine), comma or semicolon separated, with a header row; at most ` +
      `${CONTACT_LIMITS.importRows} data rows and ${CONTACT_LIMITS.importBytes / 1024 / 1024} MB.`,
  })
  @ApiAcceptedResponse({ description: 'The import, queued; poll GET /api/contacts/imports/{id}.' })
  @ApiOperation({ summary: 'Import contacts from a CSV file, row by row on the job runner' })
  startImport(@Body() body: unknown, @CurrentUser() actor: UserEntity): Promise<ContactImport> {
    if (typeof body !== 'string')
      throw new DomainError('MALFORMED_REQUEST', 'Send the file as the body, with Content-Type: text/csv.');
    return this.contacts.startImport(body, actor);
  }

  @Get('imports/:id')
  @ApiOperation({ summary: "An import's progress, counts and skipped rows" })
  importStatus(@Param('id') id: string): Promise<ContactImport> {
    return this.contacts.importStatus(id);
  }

  @Post('invitations')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Invite contacts to an event, each through the usual invitation; skipped ones are named',
  })
  invite(
    @Body() body: ContactInvitationDto,
    @CurrentUser() actor: UserEntity,
  ): Promise<ContactInvitationResult> {
    return this.contacts.invite(body, actor);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a contact; an optional field sent empty or null is cleared' })
  update(@Param('id') id: string, @Body() body: ContactPatchDto): Promise<Contact> {
    return this.contacts.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id') id: string): Promise<void> {
    await this.contacts.remove(id);
  }
}
