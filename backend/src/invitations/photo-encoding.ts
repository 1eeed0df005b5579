import sharp from 'sharp';

/** The longest side of a stored photo: plenty for a speaker card, small enough for a page of them. */
export const PHOTO_MAX_SIDE = 1024;

/**
 * Re-encodes an uploaded photo as a JPEG of at most PHOTO_MAX_SIDE pixels a side, turned upright. Nothing of
 * the upload is kept byte for byte: no EXIF (GPS position, camera, time), no XMP or ICC profile, no trailing
 * data a crafted file may carry. Transparent areas become white. Null when the bytes are not an image sharp
 * can decode, or one beyond a sane pixel count (a decompression bomb).
 */
export async function reencodePhoto(upload: Buffer): Promise<Buffer | null> {
  try {
    return await sharp(upload, { limitInputPixels: 50_000_000, failOn: 'error' })
      .rotate()
      .resize({ width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer();
  } catch {
    return null;
  }
}
