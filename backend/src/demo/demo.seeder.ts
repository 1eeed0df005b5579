import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { EventEntity } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { DEMO_ACCOUNTS, pastRoundTable, upcomingRoundTable, type DemoEvent } from './demo-data';

/** Fills an empty database for `npm start`, through the same services the API uses. */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly events: EventsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const account of DEMO_ACCOUNTS) {
      if (!(await this.users.findActiveByEmail(account.email))) await this.users.create(account);
    }
    if ((await this.dataSource.getRepository(EventEntity).count()) > 0) return;
    const organiser = await this.dataSource
      .getRepository(UserEntity)
      .findOneByOrFail({ email: DEMO_ACCOUNTS[0].email });
    await this.seed(pastRoundTable(), organiser);
    await this.seed(upcomingRoundTable(DateTime.now()), organiser);
    this.logger.log('Added the demo round tables (one upcoming, one past).');
  }

  private async seed(demo: DemoEvent, organiser: UserEntity): Promise<void> {
    const event = await this.events.create(demo.input, organiser);
    await this.events.replaceAgenda(event.id, demo.agenda);
    await this.events.publish(event.id);
  }
}
