/** With the `u` flag a surrogate pair is one code point (not Cs): only an unpaired half matches. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * body-parser's `reviver` for JSON bodies: every string and key must be well-formed Unicode. JSON may escape a
 * lone surrogate (`"\ud800"`), which is no text at all: validator's isEmail throws a URIError on it (a 500), and
 * the databases would keep it differently (MariaDB as U+FFFD, SQLite as is). Such a body is refused as
 * malformed (400) before any validator sees it; raw UTF-8 cannot carry a surrogate, so this is the one way in.
 */
export function refuseIllFormedText(key: string, value: unknown): unknown {
  if (LONE_SURROGATE.test(key) || (typeof value === 'string' && LONE_SURROGATE.test(value))) {
    throw new SyntaxError('The body holds a string that is not valid Unicode text (a lone surrogate).');
  }
  return value;
}
