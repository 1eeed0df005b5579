import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { DOMAIN_ERROR_CODES, VALIDATION_RULES } from '@roundtable/contracts';
import { bg, en, TEXT_GROUPS } from './dictionary';
import { I18n, provideLanguageFromUrl } from './i18n.service';

@Component({ selector: 'rt-blank', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class BlankComponent {}

function setUp(): { i18n: I18n; router: Router } {
  TestBed.configureTestingModule({
    providers: [provideRouter([{ path: '**', component: BlankComponent }]), provideLanguageFromUrl()],
  });
  return { i18n: TestBed.inject(I18n), router: TestBed.inject(Router) };
}

describe('I18n', () => {
  beforeEach(() => {
    localStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('speaks Bulgarian by default and says so on <html lang>', () => {
    const { i18n } = setUp();
    expect(i18n.language()).toBe('bg');
    expect(document.documentElement.lang).toBe('bg');
    expect(i18n.t('nav.events')).toBe('Събития');
  });

  it('switches with ?lang= on any navigation and remembers the choice', async () => {
    const { i18n, router } = setUp();
    await router.navigateByUrl('/events/kragla-masa?lang=en');
    expect(i18n.language()).toBe('en');
    expect(i18n.t('nav.events')).toBe('Events');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('rt.language')).toBe('en');

    await router.navigateByUrl('/organizer');
    expect(i18n.language()).toBe('en');

    await router.navigateByUrl('/?lang=bg');
    expect(i18n.language()).toBe('bg');
  });

  it('reads ?lang= from the address the app was opened with', () => {
    window.history.replaceState(null, '', '/events/kragla-masa?lang=en');
    const { i18n } = setUp();
    expect(i18n.language()).toBe('en');
  });

  it('ignores languages it does not have and falls back to Bulgarian', async () => {
    localStorage.setItem('rt.language', 'fr');
    const { i18n, router } = setUp();
    expect(i18n.language()).toBe('bg');
    await router.navigateByUrl('/?lang=de');
    expect(i18n.language()).toBe('bg');
  });

  it("takes the signed-in account's language only when none was chosen on this device", async () => {
    const { i18n, router } = setUp();
    i18n.adopt('en');
    expect(i18n.language()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    // Adopting is not a choice: the next visitor on this device starts in Bulgarian again.
    expect(localStorage.getItem('rt.language')).toBeNull();

    await router.navigateByUrl('/?lang=bg');
    i18n.adopt('en');
    expect(i18n.language()).toBe('bg');
  });

  it('keeps a language chosen before signing in', () => {
    localStorage.setItem('rt.language', 'bg');
    const { i18n } = setUp();
    i18n.adopt('en');
    expect(i18n.language()).toBe('bg');
  });

  it('starts in the remembered language', () => {
    localStorage.setItem('rt.language', 'en');
    expect(setUp().i18n.language()).toBe('en');
  });

  it('fills in {parameters}', () => {
    const { i18n } = setUp();
    expect(i18n.t('invitations.total', { count: 60 })).toBe('Общо: 60');
    i18n.use('en');
    expect(i18n.t('agenda.moveUpLabel', { n: 3 })).toBe('Move up: item 3');
  });

  it('labels vocabularies, and shows values it cannot translate as they are', () => {
    const { i18n } = setUp();
    expect(i18n.label('sector', 'health')).toBe('Здравеопазване');
    expect(i18n.label('registrationMode', 'invite-only')).toBe('Само с покана');
    expect(i18n.label('sector', 'culture')).toBe('culture');
    expect(i18n.tryLabel('code', 'SOMETHING_NEW')).toBeNull();
    expect(i18n.label('rule', 'closesBeforeEventEnds')).toBe(
      'Регистрацията трябва да приключва преди края на събитието.',
    );
  });
});

describe('dictionaries', () => {
  const keysOf = (node: object, prefix = ''): string[] =>
    Object.entries(node).flatMap(([key, value]) =>
      typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
    );

  it('have the same keys in English as in Bulgarian', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(bg).sort());
  });

  it('name every validation rule and error code the API sends', () => {
    for (const dictionary of [bg, en]) {
      expect(Object.keys(dictionary.rule)).toEqual(expect.arrayContaining([...VALIDATION_RULES]));
      expect(Object.keys(dictionary.code)).toEqual(expect.arrayContaining([...DOMAIN_ERROR_CODES]));
    }
  });

  it('take each section from one feature only, so none silently replaces another', () => {
    const sections = TEXT_GROUPS.flatMap((group) => Object.keys(group.bg));
    expect(sections.length).toBe(Object.keys(bg).length);
  });
});
