import { Module } from '@nestjs/common';
import { PackController } from './pack.controller';
import { PackFiles } from './pack-files';
import { PackService } from './pack.service';

/**
 * The funder's reporting pack. It knows no feature: each registers its part with PackParts (reports, the
 * registrations, materials, the summary), and the build walks PACK_STEPS asking for them. Retention forgets an
 * event's packs through PackFiles.
 */
@Module({ controllers: [PackController], providers: [PackService, PackFiles], exports: [PackFiles] })
export class PackModule {}
