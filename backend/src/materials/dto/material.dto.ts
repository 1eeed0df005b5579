import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MATERIAL_KINDS,
  MATERIAL_TITLE_MAX_LENGTH,
  MATERIAL_VISIBILITIES,
  type Material,
  type MaterialKind,
  type MaterialList,
  type MaterialUpdate,
  type MaterialVisibility,
} from '@roundtable/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsSingleLine } from '../../common/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || undefined : value;

/** The text parts of `POST /api/events/{id}/materials` (multipart, beside `file`). */
export class MaterialUploadDto {
  @ApiPropertyOptional({
    example: 'Презентация: данни за региона',
    description: 'Required for a material; a signed sheet is named by its file when left out',
  })
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MaxLength(MATERIAL_TITLE_MAX_LENGTH)
  @IsSingleLine()
  title?: string;

  @ApiPropertyOptional({
    enum: MATERIAL_VISIBILITIES,
    description: 'Required for a material; a signed sheet is always organizers',
  })
  @IsOptional()
  @IsIn(MATERIAL_VISIBILITIES)
  visibility?: MaterialVisibility;

  @ApiPropertyOptional({ enum: MATERIAL_KINDS, default: 'material' })
  @IsOptional()
  @IsIn(MATERIAL_KINDS)
  kind?: MaterialKind;
}

/** The file part, for the API's description only (multer reads it). */
export class MaterialUploadFormDto extends MaterialUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'PDF, Office, OpenDocument, image or ZIP' })
  file!: unknown;
}

export class MaterialUpdateDto implements MaterialUpdate {
  @ApiPropertyOptional({ maxLength: MATERIAL_TITLE_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MATERIAL_TITLE_MAX_LENGTH)
  @IsSingleLine()
  title?: string;

  @ApiPropertyOptional({ enum: MATERIAL_VISIBILITIES })
  @IsOptional()
  @IsIn(MATERIAL_VISIBILITIES)
  visibility?: MaterialVisibility;
}

/** `?token=`: a personal link (a registration's or an invitation's) for people without an account. */
export class MaterialTokenQueryDto {
  @ApiPropertyOptional({ description: 'The token of a personal link from an e-mail' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  token?: string;
}

export class MaterialDto implements Material {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'presentation.pdf' }) filename!: string;
  @ApiProperty({ example: 'application/pdf' }) contentType!: string;
  @ApiProperty({ description: 'Bytes' }) size!: number;
  @ApiProperty({ description: 'SHA-256 of the bytes, lower-case hex' }) sha256!: string;
  @ApiProperty({ enum: MATERIAL_VISIBILITIES }) visibility!: MaterialVisibility;
  @ApiProperty({ enum: MATERIAL_KINDS }) kind!: MaterialKind;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class MaterialListDto implements MaterialList {
  @ApiProperty({ type: [MaterialDto] }) items!: Material[];
  @ApiProperty({ enum: MATERIAL_VISIBILITIES, description: 'The widest visibility the caller reaches' })
  access!: MaterialVisibility;
  @ApiProperty({ description: 'UPLOAD_MAX_MB in bytes' }) maxUploadBytes!: number;
}
