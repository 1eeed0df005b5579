import type { Material } from '@roundtable/contracts';
import type { MaterialEntity } from './material.entity';

export function toMaterial(entity: MaterialEntity): Material {
  return {
    id: entity.id,
    eventId: entity.eventId,
    title: entity.title,
    filename: entity.filename,
    contentType: entity.contentType,
    size: entity.size,
    sha256: entity.sha256,
    visibility: entity.visibility,
    kind: entity.kind,
    createdAt: entity.createdAt.toISOString(),
  };
}
