import { Global, Module } from '@nestjs/common';
import { PackParts } from './pack-parts';

/** The registry of the reporting pack's parts, for every feature that contributes one. */
@Global()
@Module({ providers: [PackParts], exports: [PackParts] })
export class PackPartsModule {}
