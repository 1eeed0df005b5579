/** A C0 or C1 control character or DEL (Unicode category Cc). */
const ANY_CONTROL = /\p{Cc}/u;
/** The same, except the tab and line breaks that multi-line text legitimately holds. */
const CONTROL_BUT_LINE_BREAKS = /(?![\t\n\r])\p{Cc}/u;

/**
 * Whether a text carries control characters. Names and titles are one line: a CR/LF in them would start a new
 * line in an e-mail header or a calendar file written from them. Descriptions and messages may keep their line
 * breaks and tabs (`multiLine`), never anything else. The rule is `noControlCharacters` on both sides.
 */
export function hasControlCharacters(text: string, multiLine = false): boolean {
  return (multiLine ? CONTROL_BUT_LINE_BREAKS : ANY_CONTROL).test(text);
}
