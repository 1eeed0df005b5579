import { attachmentDisposition } from './content-disposition';

describe('attachmentDisposition', () => {
  it('names an ASCII file plainly in both forms', () => {
    expect(attachmentDisposition('attendance-sheet-kragla-masa.pdf')).toBe(
      `attachment; filename="attendance-sheet-kragla-masa.pdf"; filename*=UTF-8''attendance-sheet-kragla-masa.pdf`,
    );
  });

  it('keeps quotes, paths and non-ASCII out of the plain name and percent-encodes the starred one', () => {
    expect(attachmentDisposition('списък "x"/(1).pdf')).toBe(
      `attachment; filename="_x_1_.pdf"; filename*=UTF-8''%D1%81%D0%BF%D0%B8%D1%81%D1%8A%D0%BA%20%22x%22%2F%281%29.pdf`,
    );
  });
});
