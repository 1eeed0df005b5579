import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv();

/**
 * jsdom lays nothing out and has no IntersectionObserver. `@defer (on viewport)` blocks (the registration form's
 * municipality and consents) need one: here every observed element is in view at once, as on a tall screen.
 */
class InViewIntersectionObserver implements IntersectionObserver {
  readonly root = null;
  readonly rootMargin = '0px';
  readonly thresholds = [0];

  constructor(private readonly callback: IntersectionObserverCallback) {}

  observe(target: Element): void {
    const rect = target.getBoundingClientRect();
    const entry = {
      target,
      isIntersecting: true,
      intersectionRatio: 1,
      boundingClientRect: rect,
      intersectionRect: rect,
      rootBounds: null,
      time: performance.now(),
    } satisfies IntersectionObserverEntry;
    queueMicrotask(() => this.callback([entry], this));
  }

  unobserve(): void {
    // Nothing is watched between calls.
  }

  disconnect(): void {
    // Nothing is watched between calls.
  }

  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}
globalThis.IntersectionObserver ??= InViewIntersectionObserver;
