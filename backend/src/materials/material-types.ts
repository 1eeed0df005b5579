import { MATERIAL_CONTENT_TYPES, type MaterialContentType } from '@roundtable/contracts';

/**
 * How many leading bytes decide a material's type: enough for the magic numbers and, in a ZIP, for the first
 * entries' names, which tell an Office or OpenDocument file from a plain archive.
 */
export const TYPE_SNIFF_BYTES = 64 * 1024;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_ENTRY = 0x04034b50;
const ZIP_EMPTY = 0x06054b50;

const OOXML_FOLDERS: [string, MaterialContentType][] = [
  ['word/', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xl/', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['ppt/', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
];

const isAllowed = (type: string): type is MaterialContentType =>
  (MATERIAL_CONTENT_TYPES as readonly string[]).includes(type);

/**
 * The type of a material from its first bytes, or null when it is none of MATERIAL_CONTENT_TYPES (an
 * executable, HTML, SVG, text...). The name and the browser's word are never asked. Written here rather than
 * taken from `file-type`, which is ESM-only and cannot load in jest's CommonJS runtime (decision 0021); the
 * signatures are the published ones (PDF 1.7 §7.5.2, PNG, JFIF/EXIF, GIF87a/89a, RIFF WEBP, MS-CFB, APPNOTE
 * 4.3.7 for ZIP, ODF 1.2 §3.3 for the `mimetype` entry, ECMA-376 part 2 for the OOXML folders).
 */
export function detectMaterialType(head: Buffer): MaterialContentType | null {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (head.subarray(0, 8).equals(PNG)) return 'image/png';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  const six = head.subarray(0, 6).toString('latin1');
  if (six === 'GIF87a' || six === 'GIF89a') return 'image/gif';
  if (
    head.subarray(0, 4).toString('latin1') === 'RIFF' &&
    head.subarray(8, 12).toString('latin1') === 'WEBP'
  ) {
    return 'image/webp';
  }
  if (head.subarray(0, 8).equals(CFB)) return 'application/x-cfb';
  if (head.length >= 22 && head.readUInt32LE(0) === ZIP_EMPTY) return 'application/zip';
  if (head.length >= 30 && head.readUInt32LE(0) === ZIP_ENTRY) return zipType(head);
  return null;
}

/** A ZIP's entries as far as the head reaches: OpenDocument by its stored `mimetype`, OOXML by its folders. */
function zipType(head: Buffer): MaterialContentType {
  let offset = 0;
  let first = true;
  while (offset + 30 <= head.length && head.readUInt32LE(offset) === ZIP_ENTRY) {
    const flags = head.readUInt16LE(offset + 6);
    const method = head.readUInt16LE(offset + 8);
    const compressedSize = head.readUInt32LE(offset + 18);
    const nameLength = head.readUInt16LE(offset + 26);
    const extraLength = head.readUInt16LE(offset + 28);
    const name = head.toString('utf8', offset + 30, Math.min(head.length, offset + 30 + nameLength));
    const dataStart = offset + 30 + nameLength + extraLength;
    if (first && name === 'mimetype' && method === 0) {
      const declared = head.toString('latin1', dataStart, Math.min(head.length, dataStart + compressedSize));
      if (declared.startsWith('application/vnd.oasis.opendocument.') && isAllowed(declared)) return declared;
    }
    const folder = OOXML_FOLDERS.find(([prefix]) => name.startsWith(prefix));
    if (folder) return folder[1];
    first = false;
    // Sizes written after the data (flag bit 3) leave the next entry's place unknown: look no further.
    if (flags & 0x08) break;
    offset = dataStart + compressedSize;
  }
  return 'application/zip';
}

const EXTENSIONS: Record<MaterialContentType, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/msword': 'doc',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.ms-powerpoint': 'ppt',
  'application/x-cfb': 'bin',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/zip': 'zip',
};

/** Names a type's bytes may also carry: an old Office file is `x-cfb` by its bytes, an Office file a ZIP. */
const ALSO_NAMED: Partial<Record<MaterialContentType, string[]>> = {
  'application/x-cfb': ['doc', 'xls', 'ppt', 'msg'],
  'application/zip': ['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp'],
  'image/jpeg': ['jpeg'],
};

/** The extension a file of this type is saved with: the uploaded name's own when the bytes allow it. */
export function extensionFor(contentType: string, filename: string): string {
  if (!isAllowed(contentType)) return 'bin';
  const own = /\.([A-Za-z0-9]{1,8})$/.exec(filename)?.[1]?.toLowerCase();
  if (own && (own === EXTENSIONS[contentType] || ALSO_NAMED[contentType]?.includes(own))) return own;
  return EXTENSIONS[contentType];
}
