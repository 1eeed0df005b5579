import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { EventEntity } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { InvitationResponsesService } from '../invitations/invitation-responses.service';
import { InvitationsService } from '../invitations/invitations.service';
import { LinkTokensService } from '../links/link-tokens.service';
import { EventStaffEntity } from '../staff/event-staff.entity';
import { RecommendationEntity } from '../summary/summary.entities';
import { TrackerService } from '../themes/tracker.service';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { OrganisationService } from '../organisation/organisation.service';
import { DEMO_ORGANISATION } from './demo-organisation';
import { DemoMaterials } from './demo-materials';
import { DEMO_ACCOUNTS, pastRoundTable, upcomingRoundTable, type DemoEvent } from './demo-data';
import { seedPastRoundTableStory } from './demo-summary';

/** Fills an empty database for `npm start`, through the same services the API uses. */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly events: EventsService,
    private readonly invitations: InvitationsService,
    private readonly responses: InvitationResponsesService,
    private readonly links: LinkTokensService,
    private readonly organisation: OrganisationService,
    private readonly materials: DemoMaterials,
    private readonly tracker: TrackerService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const account of DEMO_ACCOUNTS) {
      if (!(await this.users.findActiveByEmail(account.email))) await this.users.create(account);
    }
    if ((await this.dataSource.getRepository(EventEntity).count()) > 0) return;
    // Only into a fresh database, so that what an admin set is never overwritten at the next start.
    await this.organisation.update(DEMO_ORGANISATION);
    const organiser = await this.dataSource
      .getRepository(UserEntity)
      .findOneByOrFail({ email: DEMO_ACCOUNTS[0].email });
    const past = await this.seed(pastRoundTable(), organiser);
    await seedPastRoundTableStory(
      this.dataSource,
      past.id,
      await this.organisation.privacyNoticeVersion(this.dataSource.manager),
    );
    await this.materials.add(past.id, organiser);
    const upcoming = await this.seed(upcomingRoundTable(DateTime.now()), organiser);
    const staff = await this.dataSource
      .getRepository(UserEntity)
      .findOneByOrFail({ email: DEMO_ACCOUNTS.find((account) => account.role === 'staff')?.email });
    await this.dataSource.getRepository(EventStaffEntity).insert({ eventId: upcoming.id, userId: staff.id });
    await this.followUp(past.id, upcoming.id);
    this.logger.log('Added the demo round tables (one upcoming, one past).');
  }

  /** The past round table's recommendation still in progress is followed up at the upcoming one (0033). */
  private async followUp(pastId: string, upcomingId: string): Promise<void> {
    const open = await this.dataSource
      .getRepository(RecommendationEntity)
      .findOneBy({ eventId: pastId, status: 'in-progress' });
    if (!open) return;
    await this.tracker.followUp(open.id, {
      eventId: upcomingId,
      note: 'Ще обсъдим докъде е стигнало включването на педиатрите.',
    });
  }

  private async seed(demo: DemoEvent, organiser: UserEntity): Promise<{ id: string }> {
    const event = await this.events.create(demo.input, organiser);
    await this.events.replaceAgenda(event.id, demo.agenda);
    await this.events.publish(event.id);
    if (!demo.panel) return event;
    // The panel is invited and answers through the same services as real people, so the mail catcher shows
    // the invitations, confirmations and the organiser's notices.
    const speakers = new Map<string, string[]>();
    for (const { accepts, bio, speaksOn, ...input } of demo.panel) {
      const [invitation] = await this.invitations.create(event.id, [input], organiser);
      if (!accepts) continue;
      const token = await this.links.mint('invitation', invitation.id);
      await this.responses.respond(token, { response: 'accepted' });
      await this.responses.updateProfile(token, { bio, publishName: true, publishPhoto: true });
      for (const title of speaksOn) speakers.set(title, [...(speakers.get(title) ?? []), invitation.id]);
    }
    await this.events.replaceAgenda(
      event.id,
      demo.agenda.map((item) => ({ ...item, speakerIds: speakers.get(item.title) ?? [] })),
    );
    return event;
  }
}
