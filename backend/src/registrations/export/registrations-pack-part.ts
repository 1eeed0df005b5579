import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { EventEntity } from '../../events/event.entity';
import { PackParts } from '../../pack/pack-parts';
import { registrationsCsv } from './registrations-export';

/**
 * The registrations CSV in the funder's reporting pack: the organiser's export, byte for byte, read a batch at a
 * time while the ZIP is written.
 */
@Injectable()
export class RegistrationsPackPart implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parts: PackParts,
  ) {}

  onModuleInit(): void {
    this.parts.register('registrations', async (eventId) => {
      const event = await this.dataSource.manager.findOneBy(EventEntity, { id: eventId });
      if (!event) return [];
      const manager = this.dataSource.manager;
      return [
        {
          name: 'registrations.csv',
          body: async () =>
            Readable.from(
              (async function* () {
                for await (const text of registrationsCsv(manager, event)) yield Buffer.from(text, 'utf8');
              })(),
            ),
        },
      ];
    });
  }
}
