import { Injectable } from '@nestjs/common';
import type { PackStep } from '@roundtable/contracts';
import type { Readable } from 'node:stream';

/** One file of the reporting pack: its name inside the ZIP and its bytes (or a stream opened when written). */
export interface PackFile {
  name: string;
  body: Buffer | (() => Promise<Readable>);
}

/** A part of the pack: the files one feature contributes for an event (none when it has nothing to give). */
export type PackPart = (eventId: string) => Promise<PackFile[]>;

/**
 * What goes into the funder's reporting pack, by step. Features register their part (reports: agenda and
 * attendance sheet; materials: the signed scan and the list; summary: the PDF and the statistics), so the
 * pack is built without importing them, as SeatHolders does for seats.
 */
@Injectable()
export class PackParts {
  private readonly parts = new Map<PackStep, PackPart>();

  register(step: PackStep, part: PackPart): void {
    if (this.parts.has(step)) throw new Error(`the pack step "${step}" is registered twice`);
    this.parts.set(step, part);
  }

  /** The registered part of a step, or null when no feature gives one. */
  part(step: PackStep): PackPart | null {
    return this.parts.get(step) ?? null;
  }
}
