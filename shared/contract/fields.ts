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

/** Trimmed text of at most `max` characters; `tooLongKey` names the field when a generic message would not do. */
export const text = (max: number, tooLongKey = 'err.text.tooLong') =>
  z.string({ error: 'err.text.invalid' }).trim().max(max, { error: tooLongKey });

/** A calendar date as YYYY-MM-DD; `key` lets a form say which date is wrong. */
export const isoDate = (key = 'err.date.invalid') => z.string({ error: key }).refine(isIsoDate, { error: key });
