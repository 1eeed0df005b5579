import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The deepest nesting a JSON body may have. Our deepest input nests four levels; class-transformer walks a body
 * recursively before validation, so ten thousand levels overflowed the stack (a 500 and a logged stack trace
 * per request). Checked on the raw text, before parsing, in one pass.
 */
export const MAX_JSON_DEPTH = 32;

/** Whether `text` opens more than `limit` arrays or objects inside each other (brackets in strings ignored). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (inString) {
      if (character === '\\') index++;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === '[' || character === '{') {
      if (++depth > limit) return true;
    } else if (character === ']' || character === '}') depth--;
  }
  return false;
}

/** body-parser's `verify` hook: a body nested too deep is a 400, told apart by its type. */
export function rejectDeepJson(
  _request: IncomingMessage,
  _response: ServerResponse,
  body: Buffer,
  encoding: string,
): void {
  let text: string;
  try {
    text = new TextDecoder(encoding || 'utf-8').decode(body);
  } catch {
    throw Object.assign(new Error(`charset "${encoding}" is not supported`), {
      status: 415,
      type: 'entity.charset.unsupported',
    });
  }
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw Object.assign(new Error(`The body nests deeper than ${MAX_JSON_DEPTH} levels.`), {
      status: 400,
      type: 'entity.too.deep',
    });
  }
}
