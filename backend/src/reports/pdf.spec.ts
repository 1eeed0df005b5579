import type { DynamicContent } from 'pdfmake/interfaces';
import {
  bySurname,
  documentFrame,
  eventHeaderHeight,
  eventWhen,
  eventWhere,
  isInside,
  pageFooterText,
} from './pdf';
import { person, reportEvent } from './report-fixtures';

describe('the documents’ frame', () => {
  it('numbers pages in the event’s language', () => {
    expect(pageFooterText(1, 3, 'bg')).toBe('Страница 1 от 3');
    expect(pageFooterText(2, 3, 'en')).toBe('Page 2 of 3');
  });

  it('puts the page number in the footer of every page, A4, in the event’s language', () => {
    const definition = documentFrame(
      { organisationName: 'Фондация', event: reportEvent('bg'), documentTitle: 'Програма' },
      { orientation: 'portrait', top: 100, header: 'x', content: 'y' },
    );
    expect(definition.pageSize).toBe('A4');
    expect(definition.language).toBe('bg-BG');
    const footer = definition.footer as DynamicContent;
    expect(footer(2, 5, { width: 595, height: 842, orientation: 'portrait' })).toMatchObject({
      text: 'Страница 2 от 5',
    });
  });

  it('writes the event’s time and place as the e-mails do, in the event’s zone whatever the server’s', () => {
    expect(eventWhen(reportEvent('bg'))).toBe(
      'сряда, 21 май 2031 г., 9:30 – 13:30\u00a0ч. (българско време)',
    );
    expect(eventWhen(reportEvent('en'))).toBe('Wednesday, 21 May 2031, 9:30 – 13:30 (Bulgarian time)');
    expect(eventWhere(reportEvent())).toBe('Зала „Сердика“, ул. „Гюешево“ 21, София');
  });

  it('starts the content below the header, further down for a title of two lines and on a narrower page', () => {
    const frame = (title: string) => ({
      organisationName: 'Фондация',
      event: { ...reportEvent(), title },
      documentTitle: 'Програма',
    });
    const short = eventHeaderHeight(frame('Кръгла маса'), 'portrait');
    const long = eventHeaderHeight(
      frame('Кръгла маса „Заедно за ранното детско развитие: сътрудничество между секторите в общините“'),
      'portrait',
    );
    expect(short).toBeGreaterThanOrEqual(90);
    expect(long - short).toBeGreaterThanOrEqual(15);
    const medium = frame('Кръгла маса „Заедно за ранното детско развитие: сътрудничество в общините“');
    expect(eventHeaderHeight(medium, 'portrait')).toBe(long);
    expect(eventHeaderHeight(medium, 'landscape')).toBe(short);
  });

  it('sorts by surname in Bulgarian alphabetical order, whatever the case, then by first name', () => {
    const sorted = bySurname([
      person('Ясен', 'Шишков'),
      person('Мария', 'Цанкова'),
      person('Борис', 'Ангелов'),
      person('Анна', 'Ангелов'),
      person('Юлия', 'ябълкова'),
      person('Иван', 'Юруков'),
      person('John', 'Smith'),
    ]);
    // Bulgarian order puts Cyrillic before Latin.
    expect(sorted.map((p) => `${p.firstName} ${p.lastName}`)).toEqual([
      'Анна Ангелов',
      'Борис Ангелов',
      'Мария Цанкова',
      'Ясен Шишков',
      'Иван Юруков',
      'Юлия ябълкова',
      'John Smith',
    ]);
  });

  it('lets a document read only files inside the font folder', () => {
    expect(isInside('/fonts/DejaVuSans.ttf', '/fonts')).toBe(true);
    expect(isInside('/fonts-evil/x.ttf', '/fonts')).toBe(false);
    expect(isInside('/etc/passwd', '/fonts')).toBe(false);
  });
});
