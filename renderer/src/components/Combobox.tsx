import { type KeyboardEvent, useId, useState } from 'react';

interface ComboboxProps<T> {
  label: string;
  query: string;
  onQuery: (query: string) => void;
  options: T[];
  optionKey: (option: T) => string;
  optionLabel: (option: T) => string;
  onPick: (option: T) => void;
  /** Offered when Enter is pressed with no matching option, e.g. "add as a new resident". */
  onEnterWithoutMatch?: (query: string) => void;
  hint?: string;
  error?: string | undefined;
  autoFocus?: boolean;
}

/** The list's keyboard: arrows move (the first option is active), Enter picks, Escape closes. */
function useListKeys<T>({
  query,
  options,
  onPick,
  onEnterWithoutMatch,
}: Pick<ComboboxProps<T>, 'query' | 'options' | 'onPick' | 'onEnterWithoutMatch'>) {
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const shown = open && query.trim() !== '' ? options : [];
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1));

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, shown.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const option = shown[activeIndex];
      if (option) onPick(option);
      else if (query.trim() && onEnterWithoutMatch) onEnterWithoutMatch(query.trim());
      setOpen(false);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  }
  /** Typing starts again at the first option, with the list open. */
  const restart = () => {
    setActive(0);
    setOpen(true);
  };
  return { shown, activeIndex, setOpen, restart, onKeyDown };
}

/**
 * An ARIA combobox driven entirely by the keyboard: type to filter, arrows to move, Enter to pick (the first
 * option is active by default, so typing and Enter is enough).
 */
export function Combobox<T>({
  label,
  query,
  onQuery,
  options,
  optionKey,
  optionLabel,
  onPick,
  onEnterWithoutMatch,
  hint,
  error,
  autoFocus,
}: ComboboxProps<T>) {
  const id = useId();
  const { shown, activeIndex, setOpen, restart, onKeyDown } = useListKeys({
    query,
    options,
    onPick,
    onEnterWithoutMatch,
  });

  return (
    <div className={`field combobox${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        role="combobox"
        aria-expanded={shown.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={shown.length ? `${id}-opt-${activeIndex}` : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        aria-invalid={Boolean(error)}
        autoComplete="off"
        autoFocus={autoFocus}
        value={query}
        onChange={(e) => {
          onQuery(e.target.value);
          restart();
        }}
        onKeyDown={onKeyDown}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
      />
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <ul id={`${id}-list`} role="listbox" className="combobox__list" aria-label={label} hidden={shown.length === 0}>
        {shown.map((option, index) => (
          <li
            key={optionKey(option)}
            id={`${id}-opt-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className={index === activeIndex ? 'combobox__option combobox__option--active' : 'combobox__option'}
            onMouseDown={(e) => {
              e.preventDefault();
              onPick(option);
              setOpen(false);
            }}
          >
            {optionLabel(option)}
          </li>
        ))}
      </ul>
    </div>
  );
}
