/**
 * Bulgarian transliteration as the Transliteration Act (2009) prescribes: щ -> sht, ъ -> a, ю -> yu, я -> ya.
 * General-purpose slug libraries use the Russian table (щ -> sch, ъ dropped), which reads wrongly to the
 * Bulgarian officials who receive these links.
 */
const BULGARIAN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sht',
  ъ: 'a',
  ь: 'y',
  ю: 'yu',
  я: 'ya',
};

export const MAX_SLUG_LENGTH = 80;

export function slugify(title: string): string {
  const latin = [...title.toLowerCase()].map((char) => BULGARIAN[char] ?? char).join('');
  const slug = latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+[^-]*$/, (tail) => (slug.length > MAX_SLUG_LENGTH ? '' : tail));
  return cut.replace(/-+$/g, '') || 'event';
}

/** The first of `base`, `base-2`, `base-3`, ... that `taken` does not hold. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
