import { signal } from '@angular/core';
import type { Language } from '@roundtable/contracts';
import { appText } from './app.i18n';
import { vocabularyText } from './vocabulary.i18n';

/** One feature's texts, Bulgarian and English (`<feature>.i18n.ts`). */
export interface TextGroup {
  readonly bg: object;
  readonly en: object;
}

type LoadedTexts = Readonly<Record<Language, Readonly<Record<string, unknown>>>>;

/**
 * The texts loaded so far, one merged dictionary per language. The app's own texts and the vocabularies are
 * here from the start; every other group registers itself when the chunk that needs it loads (its file ends
 * with `registerTexts(...)`, and each file using its keys imports it for that effect: `import './x.i18n';`),
 * so a public page does not download the organiser's texts. A signal: views that asked for a text before its
 * group arrived show it as soon as it does. Decision: docs/decisions/0026-page-budgets.md.
 */
const loaded = signal<LoadedTexts>({
  bg: { ...appText.bg, ...vocabularyText.bg },
  en: { ...appText.en, ...vocabularyText.en },
});

export const loadedTexts = loaded.asReadonly();

export function registerTexts(group: TextGroup): void {
  const current = loaded();
  // Registered once per chunk; a second import of the same group changes nothing.
  if (Object.keys(group.bg).every((section) => Object.hasOwn(current.bg, section))) return;
  loaded.set({ bg: { ...current.bg, ...group.bg }, en: { ...current.en, ...group.en } });
}
