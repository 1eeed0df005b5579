import { computed } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { appText } from './app.i18n';
import { bg, en } from './dictionary';
import { I18n, type TranslationKey } from './i18n.service';
import { loadedTexts, registerTexts } from './texts';
import { vocabularyText } from './vocabulary.i18n';

const APP = join(__dirname, '../..');

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

/** The feature text groups that load with their pages: file → the dictionary sections it holds. */
function lazyGroups(): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const file of filesUnder(join(APP, 'features')).filter((name) => name.endsWith('.i18n.ts'))) {
    // Each group file starts its Bulgarian object with `const bg = {` and names its sections two spaces in.
    const bgBlock = /^const bg = \{\n([\s\S]*?)^\};/m.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    groups.set(
      file,
      [...bgBlock.matchAll(/^ {2}(\w+):/gm)].map((match) => match[1]),
    );
  }
  return groups;
}

/** Sections that `I18n.label` reads by name (`label: 'registrationStatus'`), from the LabelGroup type. */
function labelGroups(): Set<string> {
  const source = readFileSync(join(__dirname, 'i18n.service.ts'), 'utf8');
  const block = /export type LabelGroup =([^;]*);/.exec(source)?.[1] ?? '';
  return new Set([...block.matchAll(/'(\w+)'/g)].map((match) => match[1]));
}

/**
 * Every source file (a template counts for its component) that names a key of a lazily loaded section imports
 * that section's file for its effect, so the texts are registered whenever the code that shows them has loaded.
 * Route files are exempt: a route's title is translated after its page (and so its texts) has loaded.
 */
function missingTextImports(): string[] {
  const groups = lazyGroups();
  const labels = labelGroups();
  const missing: string[] = [];
  const sources = filesUnder(APP).filter(
    (file) =>
      /\.(ts|html)$/.test(file) && !/\.(spec|i18n|routes)\.ts$/.test(file) && !file.startsWith(__dirname),
  );
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    const code = file.endsWith('.html') ? file.replace(/\.html$/, '.ts') : file;
    const imports = readFileSync(code, 'utf8');
    for (const [groupFile, sections] of groups) {
      if (groupFile === code) continue;
      const used = sections.find(
        (section) =>
          new RegExp(`['"\`]${section}\\.`).test(text) ||
          (labels.has(section) && new RegExp(`['"]${section}['"]`).test(text)),
      );
      if (!used) continue;
      let path = relative(dirname(code), groupFile).replace(/\.ts$/, '');
      if (!path.startsWith('.')) path = `./${path}`;
      if (!imports.includes(`import '${path}';`))
        missing.push(`${relative(APP, file)} uses '${used}.…': add import '${path}';`);
    }
  }
  return missing;
}

describe('texts loaded with their pages', () => {
  it('are imported by every file that shows them', () => {
    expect(missingTextImports()).toEqual([]);
  });

  it('hold only the app texts and the vocabularies until a page brings its own', () => {
    const eager = [...Object.keys(appText.bg), ...Object.keys(vocabularyText.bg)].sort();
    jest.isolateModules(() => {
      // A fresh registry, as in the browser before any lazy chunk ran (this spec's own imports load them all).
      const fresh = jest.requireActual<typeof import('./texts')>('./texts');
      expect(Object.keys(fresh.loadedTexts().bg).sort()).toEqual(eager);
      expect(Object.keys(fresh.loadedTexts().en).sort()).toEqual(eager);
      const { registrationText } = jest.requireActual<
        typeof import('../../features/registration/registration.i18n')
      >('../../features/registration/registration.i18n');
      expect(Object.keys(fresh.loadedTexts().en).sort()).toEqual(
        [...eager, ...Object.keys(registrationText.en)].sort(),
      );
    });
    // Every group together is the whole typed dictionary.
    expect(Object.keys(loadedTexts().bg).sort()).toEqual(Object.keys(bg).sort());
    expect(Object.keys(loadedTexts().en).sort()).toEqual(Object.keys(en).sort());
  });

  it('update what was shown before a group arrived', () => {
    const i18n = TestBed.inject(I18n);
    const key = 'lateSection.greeting' as TranslationKey;
    const shown = computed(() => i18n.t(key));
    expect(shown()).toBe(key);
    registerTexts({
      bg: { lateSection: { greeting: 'Здравейте' } },
      en: { lateSection: { greeting: 'Hello' } },
    });
    expect(shown()).toBe('Здравейте');
    i18n.use('en');
    expect(shown()).toBe('Hello');
  });
});
