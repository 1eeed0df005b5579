import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
  it.each([
    [512, 'bg', '512 B'],
    [870 * 1024, 'bg', '870 KB'],
    [1.42 * 1024 * 1024, 'bg', '1,4 MB'],
    [1.42 * 1024 * 1024, 'en', '1.4 MB'],
    [50 * 1024 * 1024, 'bg', '50 MB'],
  ] as const)('%d bytes in %s read %s', (bytes, language, expected) => {
    expect(formatFileSize(bytes, language)).toBe(expected);
  });
});
