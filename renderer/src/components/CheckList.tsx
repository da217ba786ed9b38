/** A list of checkboxes that chooses some of `values`: talents, motives, roles in the complex. */
export function CheckList<V extends string>({
  legend,
  values,
  chosen,
  label,
  onChange,
}: {
  legend: string;
  values: readonly V[];
  chosen: readonly V[];
  label: (value: V) => string;
  onChange: (next: V[]) => void;
}) {
  return (
    <fieldset className="checks">
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value}>
          <input
            type="checkbox"
            checked={chosen.includes(value)}
            onChange={() => onChange(chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value])}
          />
          {label(value)}
        </label>
      ))}
    </fieldset>
  );
}
