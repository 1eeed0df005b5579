import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGENDA_ITEM_KINDS, type AgendaItemInput, type AgendaItemKind } from '@roundtable/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { IsEventTime } from '../../common/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class AgendaItemInputDto implements AgendaItemInput {
  @ApiProperty({ example: 'Представяне на модела за холистична подкрепа' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiProperty({ example: '2026-05-21T10:00' })
  @IsEventTime()
  startsAt!: string;

  @ApiProperty({ example: '2026-05-21T10:30' })
  @IsEventTime()
  endsAt!: string;

  @ApiProperty({ enum: AGENDA_ITEM_KINDS })
  @IsIn(AGENDA_ITEM_KINDS)
  kind!: AgendaItemKind;

  @ApiProperty({ type: [String], description: 'Invitation ids of the people on this item.' })
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  speakerIds!: string[];
}
