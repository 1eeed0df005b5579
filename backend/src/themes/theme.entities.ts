import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ID_COLUMN, INSTANT_COLUMN } from '../database/columns';
import { EventEntity } from '../events/event.entity';
import { RecommendationEntity } from '../summary/summary.entities';

/** An advocacy theme the admin keeps; the six priorities are seeded by the migration that made the table. */
@Entity('themes')
export class ThemeEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  /** Chosen once from the English name and never changed: people share `/themes/{slug}`. */
  @Index('UQ_themes_slug', { unique: true })
  @Column({ type: 'varchar', length: 160 })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  nameBg!: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ type: 'int' })
  position!: number;

  /** Retired themes are offered for no new event; the events that carry them keep them, and the page stays. */
  @Column({ ...INSTANT_COLUMN, nullable: true })
  retiredAt!: Date | null;

  @Column(INSTANT_COLUMN)
  createdAt!: Date;

  @Column(INSTANT_COLUMN)
  updatedAt!: Date;
}

/** The themes an event carries. */
@Entity('event_themes')
@Index('IDX_event_themes_theme', ['themeId'])
export class EventThemeEntity {
  @PrimaryColumn(ID_COLUMN)
  eventId!: string;

  @PrimaryColumn(ID_COLUMN)
  themeId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: EventEntity;

  @ManyToOne(() => ThemeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'themeId' })
  theme?: ThemeEntity;
}

/** A recommendation carried to a later event, where it is followed up. */
@Entity('recommendation_follow_ups')
@Index('IDX_recommendation_follow_ups_event', ['eventId'])
export class RecommendationFollowUpEntity {
  @PrimaryColumn(ID_COLUMN)
  recommendationId!: string;

  /** The later event. */
  @PrimaryColumn(ID_COLUMN)
  eventId!: string;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendationId' })
  recommendation?: RecommendationEntity;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: EventEntity;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Column(INSTANT_COLUMN)
  at!: Date;
}
