import { MAX_SLUG_LENGTH, slugify, uniqueSlug } from './slug';

describe('slugify', () => {
  it('transliterates Bulgarian by the official table', () => {
    expect(slugify('Кръгла маса „Добри практики“')).toBe('kragla-masa-dobri-praktiki');
    expect(slugify('Щастливо детство, юни 2026')).toBe('shtastlivo-detstvo-yuni-2026');
    expect(slugify('Жената и ябълката')).toBe('zhenata-i-yabalkata');
  });

  it('keeps Latin titles readable and strips accents and punctuation', () => {
    expect(slugify('  Early Childhood: Café & Co.  ')).toBe('early-childhood-cafe-co');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify(
      'Добри практики за холистична подкрепа на ранното детско развитие в общините '.repeat(3),
    );
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.startsWith('dobri-praktiki-za-holistichna-podkrepa')).toBe(true);
  });

  it('never returns an empty slug', () => {
    expect(slugify('!!!')).toBe('event');
  });
});

describe('uniqueSlug', () => {
  it('numbers a taken slug from 2', () => {
    expect(uniqueSlug('forum', new Set())).toBe('forum');
    expect(uniqueSlug('forum', new Set(['forum', 'forum-2']))).toBe('forum-3');
  });
});
