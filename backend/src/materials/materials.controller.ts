import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Material, MaterialList } from '@roundtable/contracts';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { CurrentUser, Public } from '../auth/auth.decorators';
import { attachmentDisposition } from '../reports/content-disposition';
import { sendStored } from '../storage/send-stored';
import type { UserEntity } from '../users/user.entity';
import {
  MaterialDto,
  MaterialListDto,
  MaterialTokenQueryDto,
  MaterialUpdateDto,
  MaterialUploadDto,
  MaterialUploadFormDto,
} from './dto/material.dto';
import { MaterialUploadInterceptor, type StoredUpload } from './material-upload';
import { MaterialsService, type ZipEntry } from './materials.service';

/** How long a public material may be kept by a browser or proxy (seconds). */
const PUBLIC_MATERIAL_MAX_AGE = 60;

@ApiTags('materials')
@ApiBearerAuth()
@Controller()
export class MaterialsController {
  constructor(private readonly materials: MaterialsService) {}

  @Post('events/:id/materials')
  @UseInterceptors(MaterialUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: MaterialUploadFormDto })
  @ApiOperation({
    summary:
      'Upload a material (type judged by content, UPLOAD_MAX_MB), or the signed attendance sheet, which replaces the previous scan',
  })
  @ApiCreatedResponse({ type: MaterialDto })
  create(
    @Param('id') eventId: string,
    @UploadedFile() file: StoredUpload | undefined,
    @Body() body: MaterialUploadDto,
    @CurrentUser() user: UserEntity,
  ): Promise<Material> {
    return this.materials.create(eventId, file, body, user);
  }

  @Get('events/:id/materials')
  @Public()
  @ApiOperation({
    summary: 'The materials the caller may see: by account, or by a personal link with ?token=',
  })
  @ApiOkResponse({ type: MaterialListDto })
  list(
    @Param('id') eventId: string,
    @Query() query: MaterialTokenQueryDto,
    @CurrentUser() viewer?: UserEntity,
  ): Promise<MaterialList> {
    return this.materials.list(eventId, { viewer, token: query.token });
  }

  @Get('events/:id/materials.zip')
  @Public()
  @ApiProduces('application/zip')
  @ApiOperation({ summary: 'Every material the caller may see, as one ZIP streamed as it is written' })
  async zip(
    @Param('id') eventId: string,
    @Query() query: MaterialTokenQueryDto,
    @Res() response: Response,
    @CurrentUser() viewer?: UserEntity,
  ): Promise<void> {
    const { slug, entries } = await this.materials.zipEntries(eventId, { viewer, token: query.token });
    await sendZip(response, `materials-${slug}.zip`, entries);
  }

  @Get('materials/:id/download')
  @Public()
  @ApiProduces('application/octet-stream')
  @ApiOperation({ summary: 'The file, as an attachment with its original name; ?token= for personal links' })
  async download(
    @Param('id') id: string,
    @Query() query: MaterialTokenQueryDto,
    @Req() request: Request,
    @Res() response: Response,
    @CurrentUser() viewer?: UserEntity,
  ): Promise<void> {
    const { material, file } = await this.materials.download(id, { viewer, token: query.token });
    const shared = material.visibility === 'public' && !request.headers.authorization && !query.token;
    response.setHeader('Cache-Control', shared ? `public, max-age=${PUBLIC_MATERIAL_MAX_AGE}` : 'no-store');
    response.setHeader('Content-Disposition', attachmentDisposition(material.filename));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    await sendStored(response, file, material.contentType);
  }

  @Patch('materials/:id')
  @ApiOperation({ summary: "Change a material's title or visibility" })
  @ApiOkResponse({ type: MaterialDto })
  update(@Param('id') id: string, @Body() body: MaterialUpdateDto): Promise<Material> {
    return this.materials.update(id, body);
  }

  @Delete('materials/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a material and its stored file' })
  @ApiNoContentResponse()
  async remove(@Param('id') id: string): Promise<void> {
    await this.materials.remove(id);
  }
}

/**
 * Writes the ZIP to the response while reading each file from the store in turn: never the whole archive, nor
 * two files at once, in memory. Entries are stored as they are (PDFs, Office files and images are compressed
 * already), so the length is known before the first byte and sent as Content-Length.
 */
async function sendZip(response: Response, filename: string, entries: ZipEntry[]): Promise<void> {
  const zip = new ZipFile();
  for (const entry of entries) {
    zip.addReadStreamLazy(
      entry.name,
      { size: entry.size, mtime: entry.createdAt, compress: false },
      (callback) => {
        entry.open().then(
          (file) => callback(null, file.stream),
          (error: unknown) => callback(error, undefined as never),
        );
      },
    );
  }
  const total = await new Promise<number>((resolve) =>
    zip.end({ forceZip64Format: false, comment: '' }, ((size: number) =>
      resolve(size)) as unknown as () => void),
  );
  response.status(200).type('application/zip');
  response.setHeader('Content-Disposition', attachmentDisposition(filename));
  if (total >= 0) response.setHeader('Content-Length', String(total));
  try {
    await pipeline(zip.outputStream, response);
  } catch {
    // A store failing or a client leaving halfway: the download breaks off rather than looking complete.
    response.destroy();
  }
}
