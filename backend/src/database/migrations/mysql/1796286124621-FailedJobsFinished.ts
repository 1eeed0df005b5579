import type { MigrationInterface, QueryRunner } from 'typeorm';

// Written by hand (data only): jobs given up now get finishedAt; those given up before take their last change.
export class FailedJobsFinished1796286124621 implements MigrationInterface {
  name = 'FailedJobsFinished1796286124621';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "UPDATE `jobs` SET `finishedAt` = `updatedAt` WHERE `status` = 'failed' AND `finishedAt` IS NULL",
    );
  }

  public async down(): Promise<void> {
    // Nothing to undo: the column was empty on these rows, and the code before never read it on a failed job.
  }
}
