import { FormControl } from '@angular/forms';
import { MUNICIPALITIES } from '@roundtable/contracts/municipalities';
import { provinceName, searchMunicipalities } from './municipality-search';
import { pickedMunicipality } from './registration-fields';

describe('searchMunicipalities', () => {
  it('finds a municipality by its Bulgarian or its English name', () => {
    expect(searchMunicipalities('раков', 'bg').map((m) => m.bg)).toContain('Раковски');
    expect(searchMunicipalities('Rakov', 'en').map((m) => m.bg)).toContain('Раковски');
  });

  it('finds the municipalities of a province, names that begin with the text first', () => {
    const found = searchMunicipalities('Пловдив', 'bg');
    expect(found[0].bg).toBe('Пловдив');
    expect(found.every((m) => m.province === 'PDV' || m.bg.includes('Пловдив'))).toBe(true);
    expect(found.length).toBeGreaterThan(10);
  });

  it('names the province in the reader’s language', () => {
    const sofia = MUNICIPALITIES.find((m) => m.code === 'SOF46');
    expect(sofia && provinceName(sofia, 'en')).toMatch(/Sofia/);
  });

  it('refuses typed text that is not a municipality from the list', () => {
    expect(new FormControl('Несъществуваща', [pickedMunicipality]).errors).toEqual({ isMunicipality: true });
    expect(new FormControl(MUNICIPALITIES[0], [pickedMunicipality]).errors).toBeNull();
    expect(new FormControl(null, [pickedMunicipality]).errors).toBeNull();
  });
});
