import QRCode from 'qrcode';
import { writeFile } from 'node:fs/promises';

/**
 * A video file for Chromium's fake camera (`--use-file-for-fake-video-capture`) showing a QR code of `text`
 * on a light background: 640×480 Y4M (4:2:0), ten identical frames that Chromium plays in a loop.
 */
export async function qrCodeVideo(text: string, path: string): Promise<void> {
  const width = 640;
  const height = 480;
  const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const modules = code.modules.size;
  const scale = 8;
  const quiet = 4;
  const side = (modules + 2 * quiet) * scale;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let row = 0; row < modules; row++) {
    for (let column = 0; column < modules; column++) {
      if (!code.modules.get(row, column)) continue;
      for (let dy = 0; dy < scale; dy++) {
        const start = (top + (row + quiet) * scale + dy) * width + left + (column + quiet) * scale;
        luma.fill(16, start, start + scale);
      }
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frames = Array.from({ length: 10 }, () => [Buffer.from('FRAME\n'), luma, chroma, chroma]).flat();
  await writeFile(
    path,
    Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...frames]),
  );
}
