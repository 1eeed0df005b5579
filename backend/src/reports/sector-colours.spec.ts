import { contrastRatio, PANEL_COLOUR, SECTOR_COLOURS, SECTORS } from '@roundtable/contracts';

describe('the sector colours', () => {
  it('measure contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each([...SECTORS])('%s: its text reads on its band at 4.5:1 or more', (sector) => {
    const colour = SECTOR_COLOURS[sector];
    expect(contrastRatio(colour.background, colour.text)).toBeGreaterThanOrEqual(4.5);
  });

  it('the programme’s band reads too, and every band differs', () => {
    expect(contrastRatio(PANEL_COLOUR.background, PANEL_COLOUR.text)).toBeGreaterThanOrEqual(4.5);
    const backgrounds = [...Object.values(SECTOR_COLOURS), PANEL_COLOUR].map((colour) => colour.background);
    expect(new Set(backgrounds).size).toBe(backgrounds.length);
  });
});
