import sharp from 'sharp';

/** The longest side of the stored logo: enough for a page header and an e-mail. */
export const LOGO_MAX_SIDE = 512;
const DECODABLE = new Set(['jpeg', 'png', 'webp']);

/**
 * Re-encodes an uploaded logo as a PNG of at most LOGO_MAX_SIDE pixels a side, keeping transparency, as photos
 * are re-encoded: nothing of the upload is served byte for byte, no metadata survives. SVG and other formats
 * sharp could read are refused (an SVG may carry scripts or outside references). Null when refused.
 */
export async function reencodeLogo(upload: Buffer): Promise<Buffer | null> {
  try {
    const image = sharp(upload, { limitInputPixels: 50_000_000, failOn: 'error' });
    const { format } = await image.metadata();
    if (!format || !DECODABLE.has(format)) return null;
    return await image
      .rotate()
      .resize({ width: LOGO_MAX_SIDE, height: LOGO_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .png({ compressionLevel: 9 })
      .toBuffer();
  } catch {
    return null;
  }
}
