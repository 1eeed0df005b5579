import { splitName } from './name-split';

describe('splitName', () => {
  it('takes the first word as the given name and the rest as the family name', () => {
    expect(splitName('Татяна Бакова')).toEqual({ firstName: 'Татяна', lastName: 'Бакова' });
    expect(splitName('Мария Иванова Петрова')).toEqual({ firstName: 'Мария', lastName: 'Иванова Петрова' });
  });

  it('drops titles in front, in either language, and stray spaces', () => {
    expect(splitName('  д-р   Иван  Петров ')).toEqual({ firstName: 'Иван', lastName: 'Петров' });
    expect(splitName('Проф. Доц. Анна Георгиева')).toEqual({ firstName: 'Анна', lastName: 'Георгиева' });
    expect(splitName('Dr. Jane Smith')).toEqual({ firstName: 'Jane', lastName: 'Smith' });
  });

  it('leaves the family name empty when there is one word, and keeps a lone title rather than nothing', () => {
    expect(splitName('Мадона')).toEqual({ firstName: 'Мадона', lastName: '' });
    expect(splitName('Д-р')).toEqual({ firstName: 'Д-р', lastName: '' });
  });
});
