import { Global, Module } from '@nestjs/common';
import { OverdueMail } from './overdue-mail';
import { ThemesController } from './themes.controller';
import { ThemesService } from './themes.service';
import { TrackerController } from './tracker.controller';
import { TrackerService } from './tracker.service';

/**
 * Advocacy themes, the recommendations tracker, the public theme pages and the overdue e-mail (decision 0033).
 * Global because events carry themes: the events service reads and writes them through ThemesService.
 */
@Global()
@Module({
  controllers: [ThemesController, TrackerController],
  providers: [ThemesService, TrackerService, OverdueMail],
  exports: [ThemesService, TrackerService, OverdueMail],
})
export class ThemesModule {}
