/** The longest name a material keeps (the column's length); longer names keep their extension. */
export const FILENAME_MAX_LENGTH = 200;
const FALLBACK = 'file';

/**
 * The name a material is downloaded with: only the last segment of whatever path the browser sent (`/` or
 * `\`), without control or direction-changing characters, trimmed, at most FILENAME_MAX_LENGTH characters with
 * its extension kept. `../../x.pdf` becomes `x.pdf`; a name with nothing left becomes `file`. The name never
 * reaches a path: the store's keys are random.
 */
export function cleanFilename(raw: string): string {
  const last = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = last
    // Control characters, and the bidirectional overrides that make `exe.pdf` read as `fdp.exe`.
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    .trim()
    .replace(/^\.+/, '');
  if (!cleaned) return FALLBACK;
  const chars = [...cleaned];
  if (chars.length <= FILENAME_MAX_LENGTH) return cleaned;
  const extension = /\.[^.]{1,10}$/.exec(cleaned)?.[0] ?? '';
  return (
    chars
      .slice(0, FILENAME_MAX_LENGTH - extension.length)
      .join('')
      .trimEnd() + extension
  );
}

/** Names for the entries of one ZIP: the second `a.pdf` becomes `a (2).pdf`, letter case ignored. */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
