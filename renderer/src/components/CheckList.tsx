/**
 * A list of checkboxes that chooses some of `values`: talents, motives, roles in the complex. What is chosen is
 * handed back in the order of `values`, whatever order it was ticked in.
 */
export function CheckList<V extends string>({
  legend,
  values,
  chosen,
  label,
  onChange,
  error,
}: {
  legend: string;
  values: readonly V[];
  chosen: readonly string[];
  label: (value: V) => string;
  onChange: (next: V[]) => void;
  /** What is wrong with the choice, under the boxes. */
  error?: string;
}) {
  return (
    <fieldset className="checks">
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value}>
          <input
            type="checkbox"
            checked={chosen.includes(value)}
            onChange={() => onChange(values.filter((v) => (v === value) !== chosen.includes(v)))}
          />
          {label(value)}
        </label>
      ))}
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
}
