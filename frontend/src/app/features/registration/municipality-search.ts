import { type Language } from '@roundtable/contracts';
import { MUNICIPALITIES, PROVINCES, type Municipality } from '@roundtable/contracts/municipalities';

const PROVINCE_BY_CODE = new Map(PROVINCES.map((province) => [province.code, province]));
/** Enough to pick from by keyboard; typing one more letter narrows the rest. */
const MAX_OPTIONS = 50;

export function provinceName(municipality: Municipality, language: Language): string {
  return PROVINCE_BY_CODE.get(municipality.province)?.[language] ?? municipality.province;
}

function fold(text: string): string {
  return text.toLocaleLowerCase('bg').replace(/ё/g, 'е').trim();
}

/**
 * Municipalities whose name or province, in Bulgarian or English, contains what was typed: people write
 * „Раковски“ or "Rakovski", or start from the province. Names that begin with it come first.
 */
export function searchMunicipalities(query: string, language: Language): Municipality[] {
  const typed = fold(query);
  if (!typed) return MUNICIPALITIES.slice(0, MAX_OPTIONS);
  const starts: Municipality[] = [];
  const contains: Municipality[] = [];
  for (const municipality of MUNICIPALITIES) {
    const province = PROVINCE_BY_CODE.get(municipality.province);
    const names = [municipality.bg, municipality.en].map(fold);
    if (names.some((name) => name.startsWith(typed))) starts.push(municipality);
    else if (
      [...names, fold(province?.bg ?? ''), fold(province?.en ?? '')].some((name) => name.includes(typed))
    )
      contains.push(municipality);
  }
  const byName = (a: Municipality, b: Municipality) => a[language].localeCompare(b[language], language);
  return [...starts.sort(byName), ...contains.sort(byName)].slice(0, MAX_OPTIONS);
}
