import { Global, Module } from '@nestjs/common';
import { SeatHolders } from './seat-holders';

/** The registry of seat holders, for every feature that holds or counts participant seats. */
@Global()
@Module({ providers: [SeatHolders], exports: [SeatHolders] })
export class SeatsModule {}
