import type { RecommendationStatus } from '@roundtable/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ID_COLUMN, INSTANT_COLUMN } from '../database/columns';
import { EventEntity } from '../events/event.entity';

/**
 * The summary of one event. `body` is `json` (a JSON string) because that is the one column type that holds
 * SUMMARY_BODY_MAX_LENGTH Cyrillic letters on both engines: MySQL's `text` stops at 64 KB, 32,000 of them,
 * while `json` is TEXT on SQLite and LONGTEXT on MariaDB.
 */
@Entity('event_summaries')
export class EventSummaryEntity {
  @PrimaryColumn(ID_COLUMN)
  eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: EventEntity;

  /** Markdown as the organiser wrote it; rendered by common/markdown.ts wherever it is shown. */
  @Column({ type: 'json' })
  body!: string;

  @Column({ type: 'simple-json' })
  keyPoints!: string[];

  /** Set once, by the first publish (a conditional UPDATE); never cleared. */
  @Column({ ...INSTANT_COLUMN, nullable: true })
  publishedAt!: Date | null;

  @Column(INSTANT_COLUMN)
  updatedAt!: Date;
}

@Entity('recommendations')
@Index('IDX_recommendations_event_position', ['eventId', 'position'])
export class RecommendationEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column(ID_COLUMN)
  eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: EventEntity;

  /** The order the organiser gave, from 0. */
  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 1000 })
  text!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  owner!: string | null;

  /** `YYYY-MM-DD`: a day, not an instant. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  dueDate!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: RecommendationStatus;

  @Column(INSTANT_COLUMN)
  createdAt!: Date;

  @Column(INSTANT_COLUMN)
  updatedAt!: Date;
}

/** A recommendation as it was after one change; the first row is the recommendation as made. */
@Entity('recommendation_changes')
@Index('IDX_recommendation_changes_recommendation_at', ['recommendationId', 'at'])
export class RecommendationChangeEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column(ID_COLUMN)
  recommendationId!: string;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendationId' })
  recommendation?: RecommendationEntity;

  @Column(INSTANT_COLUMN)
  at!: Date;

  @Column({ type: 'varchar', length: 1000 })
  text!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  owner!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  dueDate!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: RecommendationStatus;

  /** Why the status changed, written in the tracker; null for changes made through the summary. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;
}
