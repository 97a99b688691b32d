const STARS = [1, 2, 3, 4, 5];

/** A 1–5 rating as a radio group (arrow keys move, as in any radio group), with a way back to none. */
export function RatingInput({
  value,
  onChange,
}: {
  value: number | null;
  onChange: (v: number | null) => void;
}) {
  return (
    <fieldset class="rating">
      <legend class="field-label">My rating</legend>
      {STARS.map((n) => (
        <label key={n} class={value !== null && n <= value ? 'rating__star is-on' : 'rating__star'}>
          <input
            type="radio"
            name="rating"
            class="visually-hidden"
            value={n}
            checked={value === n}
            onChange={() => onChange(n)}
          />
          <span aria-hidden="true">★</span>
          <span class="visually-hidden">
            {n} {n === 1 ? 'star' : 'stars'}
          </span>
        </label>
      ))}
      {value !== null && (
        <button type="button" class="link-button" onClick={() => onChange(null)}>
          Clear
        </button>
      )}
    </fieldset>
  );
}
