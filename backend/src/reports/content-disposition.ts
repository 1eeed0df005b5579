/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 with RFC 5987): the quoted name keeps only what every
 * client reads safely (ASCII letters, digits, dot, hyphen, underscore), the starred one keeps the name whole.
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
