import { Module, type OnModuleInit } from '@nestjs/common';
import { PackParts } from '../pack/pack-parts';
import { MaterialAccess } from './material-access';
import { MaterialUploadInterceptor } from './material-upload';
import { MaterialsController } from './materials.controller';
import { MaterialsService } from './materials.service';

/** Files of an event for people to download, and the scan of the signed attendance sheet (decision 0021). */
@Module({
  controllers: [MaterialsController],
  providers: [MaterialsService, MaterialAccess, MaterialUploadInterceptor],
  exports: [MaterialAccess, MaterialsService],
})
export class MaterialsModule implements OnModuleInit {
  constructor(
    private readonly packParts: PackParts,
    private readonly materials: MaterialsService,
  ) {}

  onModuleInit(): void {
    this.packParts.register('signed-sheet', (eventId) => this.materials.packSignedSheet(eventId));
    this.packParts.register('materials', (eventId) => this.materials.packMaterialsList(eventId));
  }
}
