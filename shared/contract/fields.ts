/**
 * Field schemas every part of the contract shares, so an id, a version, a text or a date is refused with the
 * same translation key wherever it comes in.
 */
import { z } from 'zod';
import { isIsoDate } from '../domain/dates';

export const id = z.uuid({ error: 'err.id.invalid' });

export const version = z
  .number({ error: 'err.version.invalid' })
  .int({ error: 'err.version.invalid' })
  .min(1, { error: 'err.version.invalid' });

/**
 * Characters no person types and SQLite mishandles: NUL (its length() stops there) and lone UTF-16 surrogates
 * (stored as U+FFFD, so the text would silently change). Other control characters except tab and newline too.
 */
const UNTYPABLE = new RegExp(
  [
    '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]',
    // A high surrogate without its low one, and a low one without its high one.
    '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])',
    '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  ].join('|'),
);
export const typable = (value: string) => !UNTYPABLE.test(value);

/** Trimmed text of at most `max` characters; `tooLongKey` names the field when a generic message would not do. */
export const text = (max: number, tooLongKey = 'err.text.tooLong') =>
  z
    .string({ error: 'err.text.invalid' })
    .trim()
    .max(max, { error: tooLongKey })
    .refine(typable, { error: 'err.text.characters' });

/** Text that must be given: `requiredKey` when empty, `tooLongKey` when over `max` characters. */
export const requiredText = (max: number, requiredKey: string, tooLongKey: string) =>
  text(max, tooLongKey).min(1, { error: requiredKey });

/** A list without repeats, in first-seen order. */
export const unique = <T>(list: T[]) => [...new Set(list)];

/** The input of a method that takes none, and of one that takes only an id. */
export const none = z.object({}).strict().default({});
export const byId = z.object({ id }).strict();

/** Dates people work with: a visit on 0000-01-01 would never show in any overview. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
const inRange = (value: string) => Number(value.slice(0, 4)) >= MIN_YEAR && Number(value.slice(0, 4)) <= MAX_YEAR;

/** A calendar date as YYYY-MM-DD between 1900 and 2100; `key` lets a form say which date is wrong. */
export const isoDate = (key = 'err.date.invalid') =>
  z.string({ error: key }).refine(isIsoDate, { error: key }).refine(inRange, { error: 'err.date.range' });

/**
 * A JSON value of at most `maxChars` when written out and `maxDepth` levels deep. The depth is checked first,
 * without recursion, so a 10,000-level nesting is refused instead of overflowing the stack when it is written out.
 */
export function boundedJson(value: unknown, maxChars: number, maxDepth = 32): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (depth > maxDepth || ++nodes > maxChars) return false;
    if (typeof item === 'object' && item !== null)
      for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return JSON.stringify(value).length <= maxChars;
}
