import {
  MUNICIPALITIES,
  PROVINCES,
  isMunicipalityCode,
  municipalityByCode,
} from '@roundtable/contracts/municipalities';

describe('the bundled municipalities', () => {
  it('are all 265 municipalities of the 28 provinces, each code once', () => {
    expect(MUNICIPALITIES).toHaveLength(265);
    expect(PROVINCES).toHaveLength(28);
    expect(new Set(MUNICIPALITIES.map((municipality) => municipality.code)).size).toBe(265);
    expect(new Set(MUNICIPALITIES.map((municipality) => municipality.province))).toEqual(
      new Set(PROVINCES.map((province) => province.code)),
    );
  });

  it.each([
    ['SOF46', 'Столична', 'Stolichna', 'SOF'],
    ['PDV22', 'Пловдив', 'Plovdiv', 'PDV'],
    ['VAR06', 'Варна', 'Varna', 'VAR'],
    ['BGS04', 'Бургас', 'Burgas', 'BGS'],
    ['SFO43', 'Своге', 'Svoge', 'SFO'],
    ['BLG01', 'Банско', 'Bansko', 'BLG'],
    ['SFO58', 'Челопеч', 'Chelopech', 'SFO'],
    ['SFO56', 'Мирково', 'Mirkovo', 'SFO'],
    ['DOB15', 'Добричка', 'Dobrichka', 'DOB'],
    ['DOB28', 'Добрич', 'Dobrich', 'DOB'],
    ['SHU30', 'Шумен', 'Shumen', 'SHU'],
    ['HKV34', 'Хасково', 'Haskovo', 'HKV'],
    ['MON29', 'Монтана', 'Montana', 'MON'],
    ['LOV34', 'Троян', 'Troyan', 'LOV'],
    ['SML31', 'Смолян', 'Smolyan', 'SML'],
  ])('knows %s as %s (%s) in province %s', (code, bg, en, province) => {
    expect(municipalityByCode(code)).toEqual({ code, bg, en, province });
  });

  it('writes English names by the Transliteration Act (ъ -> a, щ -> sht, final ия -> ia)', () => {
    expect(municipalityByCode('TGV35')?.en).toBe('Targovishte');
    expect(municipalityByCode('VAR24')?.en).toBe('Provadia');
    expect(municipalityByCode('KRZ16')?.en).toBe('Kardzhali');
    expect(MUNICIPALITIES.every((municipality) => /^[A-Za-z' -]+$/.test(municipality.en))).toBe(true);
  });

  it('tells a code from anything else', () => {
    expect(isMunicipalityCode('SOF46')).toBe(true);
    expect(isMunicipalityCode('sof46')).toBe(false);
    expect(isMunicipalityCode('Столична')).toBe(false);
    expect(isMunicipalityCode(46)).toBe(false);
  });
});
