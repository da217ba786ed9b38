import { type ChangeEvent, useState } from 'react';

/** The fields of a draft that hold text: what an input, a select or a textarea edits. */
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];
/** The fields of a draft that are yes/no: what a checkbox edits. */
type FlagKey<T> = { [K in keyof T]: T[K] extends boolean ? K : never }[keyof T];
type Editable = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * What a form is typing: one object of fields, and the props that tie a control to one of them, so a form says
 * `<input {...bind('title')} />` instead of writing its own change handler per field. Text stays text until the
 * form submits (an amount as "12,50", a date as typed); the contract's schema judges it then.
 */
export function useDraft<T extends object>(initial: T | (() => T)) {
  const [values, setValues] = useState<T>(initial);
  // One field's new value. A computed key cannot be typed per key in TypeScript; the key types below keep text
  // fields to text and flags to booleans.
  const patch = (change: Partial<T>) => setValues((now) => ({ ...now, ...change }));
  const field = (key: keyof T, value: unknown) => patch({ [key]: value } as Partial<T>);
  return {
    values,
    setValues,
    patch,
    /** Props for an input, select or textarea that edits the text field `key`. */
    bind: (key: TextKey<T>) => ({
      value: values[key] as string,
      onChange: (event: ChangeEvent<Editable>) => field(key, event.target.value),
    }),
    /** Props for a checkbox that edits the yes/no field `key`. */
    check: (key: FlagKey<T>) => ({
      checked: values[key] as boolean,
      onChange: (event: ChangeEvent<HTMLInputElement>) => field(key, event.target.checked),
    }),
  };
}

/** A draft handed to a part of a form that edits some of its fields. */
export type FormDraft<T extends object> = ReturnType<typeof useDraft<T>>;
