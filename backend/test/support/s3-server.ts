import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { parseStorageUrl, type S3StorageConfig } from '../../src/config/config';

const BUCKET = 'roundtable-test';

/**
 * A real S3-compatible server (s3rver) in the test process, on a random port and a temporary folder. The app
 * reaches it through STORAGE_URL as a person would configure it; credentials through the SDK's variables.
 */
export class TestS3 {
  private constructor(
    private readonly server: S3rver,
    private readonly directory: string,
    readonly url: string,
    readonly config: S3StorageConfig,
    private readonly client: S3Client,
  ) {}

  static async start(prefix = 'rt'): Promise<TestS3> {
    // s3rver's own pair; the app reads them as it would read a real key.
    process.env['AWS_ACCESS_KEY_ID'] = 'S3RVER';
    process.env['AWS_SECRET_ACCESS_KEY'] = 'S3RVER';
    const directory = await mkdtemp(join(tmpdir(), 'rt-s3rver-'));
    const server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      directory,
      silent: true,
      configureBuckets: [{ name: BUCKET }],
    });
    const { port } = await server.run();
    const url = `s3://${BUCKET}/${prefix}?endpoint=http://127.0.0.1:${port}&region=eu-central-1`;
    const config = parseStorageUrl(url) as S3StorageConfig;
    const client = new S3Client({
      region: config.region,
      endpoint: config.endpoint ?? undefined,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    return new TestS3(server, directory, url, config, client);
  }

  /** Every object in the bucket, as the bucket itself lists them (not through the app). */
  async keys(): Promise<string[]> {
    const listed = await this.client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
    return (listed.Contents ?? []).map((object) => object.Key as string).sort();
  }

  async stop(): Promise<void> {
    this.client.destroy();
    await this.server.close();
    await rm(this.directory, { recursive: true, force: true });
  }
}
