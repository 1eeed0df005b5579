import { ZipFile } from 'yazl';
import { detectMaterialType, extensionFor } from './material-types';

/** A real ZIP written by yazl, entries in this order; `store` entries are not compressed. */
async function zipOf(entries: { name: string; body: string; store?: boolean }[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const entry of entries) zip.addBuffer(Buffer.from(entry.body), entry.name, { compress: !entry.store });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const bytes = (...values: number[]) => Buffer.from(values);

describe('material types by content', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), 'application/pdf'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), 'image/png'],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46), 'image/jpeg'],
    ['a GIF', Buffer.from('GIF89a\x01\x00'), 'image/gif'],
    ['a WebP', Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 '), 'image/webp'],
    ['an old Office file', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0), 'application/x-cfb'],
    ['an empty ZIP', Buffer.concat([bytes(0x50, 0x4b, 0x05, 0x06), Buffer.alloc(18)]), 'application/zip'],
  ])('knows %s', (_what, head, type) => {
    expect(detectMaterialType(head)).toBe(type);
  });

  it.each([
    ['an ELF executable', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0)],
    ['a Windows executable', Buffer.from('MZ\x90\x00\x03\x00\x00\x00PE\x00\x00')],
    ['HTML', Buffer.from('<!DOCTYPE html><html><script>alert(1)</script>')],
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ['a PDF signature further in', Buffer.from('#!/bin/sh\n%PDF-1.4')],
    ['plain text', Buffer.from('Кръгла маса')],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_what, head) => {
    expect(detectMaterialType(head)).toBeNull();
  });

  it('tells Office documents from a plain ZIP by their folders', async () => {
    const ooxml = (folder: string) =>
      zipOf([
        { name: '[Content_Types].xml', body: '<Types/>' },
        { name: '_rels/.rels', body: '<Relationships/>' },
        { name: `${folder}/document.xml`, body: '<x/>' },
      ]);
    expect(detectMaterialType(await ooxml('word'))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(detectMaterialType(await ooxml('xl'))).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(detectMaterialType(await ooxml('ppt'))).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    expect(detectMaterialType(await zipOf([{ name: 'notes/a.txt', body: 'a' }]))).toBe('application/zip');
  });

  it('tells OpenDocument files by their stored mimetype entry, and only known ones', async () => {
    const odf = (mimetype: string) =>
      zipOf([
        { name: 'mimetype', body: mimetype, store: true },
        { name: 'content.xml', body: '<office:document-content/>' },
      ]);
    expect(detectMaterialType(await odf('application/vnd.oasis.opendocument.text'))).toBe(
      'application/vnd.oasis.opendocument.text',
    );
    expect(detectMaterialType(await odf('application/vnd.oasis.opendocument.presentation'))).toBe(
      'application/vnd.oasis.opendocument.presentation',
    );
    expect(detectMaterialType(await odf('text/html'))).toBe('application/zip');
  });

  it('names files by their type, keeping an uploaded extension the bytes allow', () => {
    expect(extensionFor('application/pdf', 'scan.PDF')).toBe('pdf');
    expect(extensionFor('application/pdf', 'scan.exe')).toBe('pdf');
    expect(extensionFor('image/jpeg', 'scan')).toBe('jpg');
    expect(extensionFor('image/jpeg', 'scan.jpeg')).toBe('jpeg');
    expect(extensionFor('application/x-cfb', 'list.xls')).toBe('xls');
    expect(extensionFor('application/zip', 'list.docx')).toBe('docx');
    expect(extensionFor('text/html', 'x.html')).toBe('bin');
  });
});
