import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ImipFixture =
  'outlook-accepted' | 'gmail-declined' | 'apple-tentative' | 'postfix-dsn' | 'newsletter';

export interface FixtureValues {
  ORGANIZER: string;
  MESSAGE_ID: string;
  ATTENDEE?: string;
  UID?: string;
  PARTSTAT?: 'ACCEPTED' | 'DECLINED' | 'TENTATIVE';
  RECIPIENT?: string;
  ORIGINAL_MESSAGE_ID?: string;
}

/**
 * A message of `backend/test/fixtures/imip/`, written as the client sends it, with the values of one test put
 * in: `{{NAME}}` is replaced, then each `{{#base64}}...{{/base64}}` block is encoded as the client encodes that
 * part (76 columns), and every line ends in CRLF as on the wire.
 */
export function imipFixture(name: ImipFixture, values: FixtureValues): Buffer {
  const template = readFileSync(join(__dirname, '../fixtures/imip', `${name}.eml`), 'utf8');
  const filled = template.replace(/\{\{([A-Z_]+)\}\}/g, (_, key: keyof FixtureValues) => {
    const value = values[key];
    if (value === undefined) throw new Error(`fixture ${name} needs ${key}`);
    return value;
  });
  const encoded = filled.replace(/\{\{#base64\}\}([\s\S]*?)\{\{\/base64\}\}/g, (_, body: string) =>
    (
      Buffer.from(body.replace(/\r?\n/g, '\r\n'), 'utf8')
        .toString('base64')
        .match(/.{1,76}/g) ?? []
    ).join('\n'),
  );
  return Buffer.from(encoded.replace(/\r?\n/g, '\r\n'), 'utf8');
}
