import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../common/config.token';
import type { AppConfig } from '../config/config';
import { FolderStorage } from './folder-storage';
import { S3Storage } from './s3-storage';
import { Storage } from './storage';

/** The one place files are kept: a bucket when STORAGE_URL says so, the folder STORAGE_DIR otherwise. */
@Global()
@Module({
  providers: [
    {
      provide: Storage,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Storage =>
        config.storageS3 ? new S3Storage(config.storageS3) : new FolderStorage(config.storageDir),
    },
  ],
  exports: [Storage],
})
export class StorageModule {}
