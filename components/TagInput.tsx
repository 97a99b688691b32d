import { useState } from 'preact/hooks';

/** Tags as chips: type and press Enter (or a comma) to add one, Backspace in an empty field or × to remove. */
export function TagInput({
  tags,
  max,
  onChange,
}: {
  tags: string[];
  max: number;
  onChange: (tags: string[]) => void;
}) {
  const [typed, setTyped] = useState('');
  const add = (text: string) => {
    const tag = text.replace(/,/g, ' ').trim().slice(0, 40);
    setTyped('');
    if (tag && !tags.includes(tag) && tags.length < max) onChange([...tags, tag]);
  };
  return (
    <div class="tags">
      <span class="field-label" id="tags-label">
        Tags
      </span>
      <ul class="tags__list" aria-labelledby="tags-label">
        {tags.map((tag) => (
          <li key={tag} class="tag">
            {tag}
            <button
              type="button"
              class="tag__remove"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {tags.length < max && (
        <input
          class="tags__input"
          data-testid="tag-input"
          aria-label="Add a tag"
          placeholder="Add a tag…"
          value={typed}
          maxLength={41}
          onInput={(e) => {
            const value = e.currentTarget.value;
            if (value.includes(',')) add(value);
            else setTyped(value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add(typed);
            } else if (e.key === 'Backspace' && typed === '' && tags.length) onChange(tags.slice(0, -1));
          }}
          onBlur={() => add(typed)}
        />
      )}
    </div>
  );
}
