/** How often a frame is looked at: a few times a second is quick for a person and light for a phone. */
export const SCAN_INTERVAL_MS = 250;
/** Frames are scaled down to this many pixels on their long side before jsQR reads them. */
const DECODE_MAX_SIDE = 800;

/** Why the camera could not start, for the page to explain. */
export type CameraProblem = 'unsupported' | 'denied' | 'missing' | 'failed';

export class CameraError extends Error {
  constructor(readonly problem: CameraProblem) {
    super(problem);
  }
}

/** The parts of the Shape Detection API used here; TypeScript's DOM library does not declare it yet. */
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

type Decode = () => Promise<string | null>;

/**
 * The phone's camera in a <video>, read a few times a second for a QR code: by the browser's BarcodeDetector
 * where it reads QR codes, else by jsQR (loaded only then) on a canvas. Every text found goes to `onText`;
 * what it means is the page's business. `stop()` releases the camera (its light goes off).
 */
export class CameraScanner {
  private stream: MediaStream | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    private readonly video: HTMLVideoElement,
    private readonly onText: (text: string) => void,
  ) {}

  async start(): Promise<void> {
    const media = this.video.ownerDocument.defaultView?.navigator.mediaDevices;
    if (!media?.getUserMedia) throw new CameraError('unsupported');
    try {
      this.stream = await media.getUserMedia({
        video: { facingMode: { ideal: 'environment' } },
        audio: false,
      });
    } catch (error) {
      throw new CameraError(problemOf(error));
    }
    // Stopped while the browser asked for permission: let the camera go at once.
    if (this.stopped) return this.release();
    this.video.srcObject = this.stream;
    try {
      await this.video.play();
    } catch (error) {
      // play() is interrupted when stop() clears the source; anything else is a real failure.
      if (this.stopped) return;
      this.release();
      throw new CameraError(problemOf(error));
    }
    const decode = await this.decoder();
    if (this.stopped) return;
    const tick = async (): Promise<void> => {
      if (this.stopped) return;
      try {
        const text = await decode();
        if (text && !this.stopped) this.onText(text);
      } catch {
        // A frame that cannot be read (the video resizing, a detector hiccup) is skipped.
      }
      if (!this.stopped) this.timer = setTimeout(() => void tick(), SCAN_INTERVAL_MS);
    };
    void tick();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.release();
  }

  private release(): void {
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = null;
    this.video.srcObject = null;
  }

  private async decoder(): Promise<Decode> {
    const native = await this.nativeDetector();
    if (native) return async () => (await native.detect(this.video))[0]?.rawValue ?? null;

    const { default: jsQR } = await import('jsqr');
    const canvas = this.video.ownerDocument.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    return async () => {
      const { videoWidth: width, videoHeight: height } = this.video;
      if (!context || width === 0 || height === 0) return null;
      const scale = Math.min(1, DECODE_MAX_SIDE / Math.max(width, height));
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      context.drawImage(this.video, 0, 0, canvas.width, canvas.height);
      const frame = context.getImageData(0, 0, canvas.width, canvas.height);
      return jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
    };
  }

  /** The browser's own reader, when it has one that reads QR codes (Chrome on Android, Safari on iOS 17+). */
  private async nativeDetector(): Promise<BarcodeDetectorLike | null> {
    const Detector = (
      this.video.ownerDocument.defaultView as { BarcodeDetector?: BarcodeDetectorClass } | null
    )?.BarcodeDetector;
    if (!Detector) return null;
    try {
      const formats = await Detector.getSupportedFormats();
      return formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : null;
    } catch {
      return null;
    }
  }
}

function problemOf(error: unknown): CameraProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing';
  return 'failed';
}
