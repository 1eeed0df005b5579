import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { ID_COLUMN, INSTANT_COLUMN } from '../database/columns';

/**
 * Events that follow one another (decision 0034). Created from the first event when the organiser makes its
 * next one; an event belongs to at most one series (`events.seriesId`).
 */
@Entity('series')
export class SeriesEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  /** The first event's title when the series began. */
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ ...ID_COLUMN, nullable: true })
  createdById!: string | null;

  @CreateDateColumn(INSTANT_COLUMN)
  createdAt!: Date;
}
