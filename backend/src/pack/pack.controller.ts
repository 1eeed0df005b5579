import { Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { PackStatus } from '@roundtable/contracts';
import type { Response } from 'express';
import { CurrentUser } from '../auth/auth.decorators';
import { attachmentDisposition } from '../reports/content-disposition';
import { sendStored } from '../storage/send-stored';
import type { UserEntity } from '../users/user.entity';
import { PackService } from './pack.service';

@ApiTags('reporting pack')
@ApiBearerAuth()
@Controller('events/:id')
export class PackController {
  constructor(private readonly packs: PackService) {}

  @Post('pack')
  @HttpCode(202)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      "Builds the funder's reporting pack (one ZIP) as a job; while one is under way, answers that one",
  })
  @ApiAcceptedResponse({ description: 'The build, queued; poll GET /api/events/{id}/pack.' })
  request(@Param('id') eventId: string, @CurrentUser() actor: UserEntity): Promise<PackStatus> {
    return this.packs.request(eventId, actor);
  }

  @Get('pack')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: "The latest build of the event's reporting pack: state, step and progress" })
  status(@Param('id') eventId: string): Promise<PackStatus> {
    return this.packs.status(eventId);
  }

  @Get('pack.zip')
  @ApiProduces('application/zip')
  @ApiOperation({ summary: 'The newest ready reporting pack, saved as reporting-pack-<slug>.zip' })
  async download(@Param('id') eventId: string, @Res() response: Response): Promise<void> {
    const { file, filename } = await this.packs.open(eventId);
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Content-Disposition', attachmentDisposition(filename));
    await sendStored(response, file, 'application/zip');
  }
}
