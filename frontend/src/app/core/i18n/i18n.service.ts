import { DOCUMENT } from '@angular/common';
import {
  computed,
  DestroyRef,
  inject,
  Injectable,
  provideAppInitializer,
  signal,
  type EnvironmentProviders,
} from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { LANGUAGES, LOCALES, type Language } from '@roundtable/contracts';
import type { Dictionary } from './dictionary';
import { loadedTexts } from './texts';

const STORAGE_KEY = 'rt.language';
const DEFAULT_LANGUAGE: Language = 'bg';

/**
 * Dotted paths to every message: `'nav.events'`, `'sector.health'`. Typed against every feature's texts (a
 * type-only import: the texts themselves load with their pages, see texts.ts), so an unknown key fails the build.
 */
export type TranslationKey = Leaves<Dictionary>;
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Dictionary sections that name the values of a vocabulary (sectors, statuses...). */
export type LabelGroup =
  | 'sector'
  | 'registrationMode'
  | 'registrationModeHint'
  | 'status'
  | 'agendaKind'
  | 'role'
  | 'invitationRole'
  | 'invitationStatus'
  | 'deliveryStatus'
  | 'registrationStatus'
  | 'recommendationStatus'
  | 'invitationField'
  | 'contactField'
  | 'language'
  | 'languageShort'
  | 'materialVisibility'
  | 'rule'
  | 'code';

export type TranslationParams = Record<string, string | number>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The user's language as a signal. `?lang=bg|en` on any URL chooses it (links in e-mails carry it) and it is
 * remembered, so later pages without the parameter keep it. Anything else falls back to Bulgarian.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly initialChoice = this.readChoice();
  private readonly current = signal<Language>(this.initialChoice ?? DEFAULT_LANGUAGE);
  /** Whether the person chose a language on this device (a `?lang=` link or the switch), now or before. */
  private chosen = this.initialChoice !== null;

  readonly language = this.current.asReadonly();
  /** The Intl locale for dates and numbers in the current language. */
  readonly locale = computed(() => LOCALES[this.current()]);

  constructor() {
    this.applyToDocument(this.current());
  }

  use(language: Language): void {
    this.chosen = true;
    this.current.set(language);
    this.storage()?.setItem(STORAGE_KEY, language);
    this.applyToDocument(language);
  }

  /**
   * Takes the language saved in the account that just signed in, unless the person already chose one here: a
   * choice made on this device wins over the account's, and is not overwritten by it.
   */
  adopt(language: Language): void {
    if (this.chosen || this.current() === language) return;
    this.current.set(language);
    this.applyToDocument(language);
  }

  /** The message in the current language, `{name}` parameters filled in. Unknown keys fall back to Bulgarian. */
  t(key: TranslationKey, params?: TranslationParams): string {
    return this.translate(key, params) ?? key;
  }

  /** The label of a vocabulary value; values the app does not know yet are shown as they are. */
  label(group: LabelGroup, value: string, params?: TranslationParams): string {
    return this.translate(`${group}.${value}`, params) ?? value;
  }

  /** Like `label`, but tells the caller when there is no translation (to use the server's own text). */
  tryLabel(group: LabelGroup, value: string, params?: TranslationParams): string | null {
    return this.translate(`${group}.${value}`, params);
  }

  private translate(path: string, params?: TranslationParams): string | null {
    const texts = loadedTexts();
    const message = lookup(texts[this.current()], path) ?? lookup(texts[DEFAULT_LANGUAGE], path);
    return message === null ? null : interpolate(message, params);
  }

  private readChoice(): Language | null {
    const fromUrl = new URLSearchParams(this.document.location?.search ?? '').get('lang');
    if (isLanguage(fromUrl)) return fromUrl;
    const stored = this.storage()?.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  }

  private applyToDocument(language: Language): void {
    this.document.documentElement.lang = language;
  }

  private storage(): Storage | null {
    // Private windows and locked-down browsers may refuse storage; the language then lasts for the visit.
    try {
      return this.document.defaultView?.localStorage ?? null;
    } catch {
      return null;
    }
  }
}

/**
 * Follows `?lang=` on every navigation, not only the first page: the language switch in the header is a link
 * to the same page with another `lang`. Kept out of I18n itself because the router's title strategy needs
 * I18n while the router is still being built.
 */
export function provideLanguageFromUrl(): EnvironmentProviders {
  return provideAppInitializer(() => {
    const i18n = inject(I18n);
    const router = inject(Router);
    const subscription = router.events.subscribe((event) => {
      if (!(event instanceof NavigationEnd)) return;
      const requested = router.parseUrl(event.urlAfterRedirects).queryParamMap.get('lang');
      if (isLanguage(requested)) i18n.use(requested);
    });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  });
}

function lookup(dictionary: object, path: string): string | null {
  let node: unknown = dictionary;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : null;
}

function interpolate(message: string, params?: TranslationParams): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
