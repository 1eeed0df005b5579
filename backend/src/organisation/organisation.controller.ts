import {
  Body,
  Controller,
  Get,
  HttpCode,
  Post,
  Put,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ORGANISATION_LIMITS, type Organisation, type PublicOrganisation } from '@roundtable/contracts';
import type { Response } from 'express';
import { Public, Roles } from '../auth/auth.decorators';
import { AuditChanges } from '../common/audit-log';
import { PublicCache } from '../common/cache-control';
import { sendStored } from '../storage/send-stored';
import { OrganisationInputDto } from './organisation.dto';
import { OrganisationService } from './organisation.service';

@ApiTags('organisation')
@ApiBearerAuth()
@AuditChanges('organisation')
@Roles('admin')
@Controller('organisation')
export class OrganisationController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get()
  @ApiOperation({ summary: 'The organisation as set, for the admin' })
  get(): Organisation {
    return this.organisation.get();
  }

  @Put()
  @ApiOperation({
    summary: 'Name, address, contact e-mail and privacy notice; a new version applies to new consents',
  })
  update(@Body() body: OrganisationInputDto): Promise<Organisation> {
    return this.organisation.update(body);
  }

  @Post('logo')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { logo: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('logo', { limits: { fileSize: ORGANISATION_LIMITS.logoBytes, files: 1 } }))
  saveLogo(@UploadedFile() file?: { buffer: Buffer }): Promise<Organisation> {
    return this.organisation.saveLogo(file);
  }

  @Get('public')
  @Public()
  @PublicCache(60)
  @ApiOperation({ summary: 'Name, logo, address, contact e-mail and privacy notice, for pages and forms' })
  getPublic(): PublicOrganisation {
    return this.organisation.getPublic();
  }

  @Get('logo')
  @Public()
  @ApiOperation({ summary: 'The logo, as re-encoded at upload' })
  async logo(@Res() response: Response): Promise<void> {
    const logo = await this.organisation.logo();
    response.setHeader('Cache-Control', 'public, max-age=300');
    await sendStored(response, logo.file, logo.type);
  }
}
