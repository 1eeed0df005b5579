import type { MaterialKind, MaterialVisibility } from '@roundtable/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ID_COLUMN, INSTANT_COLUMN } from '../database/columns';
import { EventEntity } from '../events/event.entity';
import { STORAGE_KEY_LENGTH } from '../storage/storage';

/** A file of an event: a material people download, or the scan of the signed attendance sheet (decision 0021). */
@Entity('materials')
@Index('IDX_materials_event_createdAt', ['eventId', 'createdAt', 'id'])
export class MaterialEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column(ID_COLUMN)
  eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: EventEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** The uploaded name without any path or control characters: the download's name, never a path. */
  @Column({ type: 'varchar', length: 200 })
  filename!: string;

  /** Decided from the bytes (material-types.ts), one of MATERIAL_CONTENT_TYPES. */
  @Column({ type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'varchar', length: STORAGE_KEY_LENGTH })
  storageKey!: string;

  @Column({ type: 'varchar', length: 20 })
  visibility!: MaterialVisibility;

  @Column({ type: 'varchar', length: 20, default: 'material' })
  kind!: MaterialKind;

  @Column({ ...ID_COLUMN, nullable: true })
  uploadedById!: string | null;

  @CreateDateColumn(INSTANT_COLUMN)
  createdAt!: Date;
}
