// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SHORT_TEXT_MAX, TEXT_MAX } from '@/domain/limits';
import { RadioGroup, SelectField, TextArea, TextField, type TextLimit } from './fields';

afterEach(cleanup);

/** A field as a page uses it: what is typed goes to the page's state and comes back as the value. */
function Typed({
  kind,
  initial,
  limit,
}: {
  kind: 'input' | 'textarea';
  initial: string;
  limit: TextLimit;
}) {
  const [value, setValue] = useState(initial);
  const props = { id: 'notes', label: 'Notes', hint: 'What you did', value, onChange: setValue };
  return kind === 'input' ? (
    <TextField {...props} limit={limit} />
  ) : (
    <TextArea {...props} limit={limit} />
  );
}

const field = () => screen.getByLabelText<HTMLInputElement | HTMLTextAreaElement>('Notes');
const count = () => document.getElementById('notes-count');
const describedBy = () => (field().getAttribute('aria-describedby') ?? '').split(' ');

describe.each(['input', 'textarea'] as const)('a text field with a limit (%s)', (kind) => {
  it('stops typing at the limit, and shows no count far from it', () => {
    render(<Typed kind={kind} initial={'a'.repeat(89)} limit={100} />);
    expect(field().tagName.toLowerCase()).toBe(kind);
    expect(field().maxLength).toBe(100);
    expect(count()).toBeNull();
    expect(describedBy()).toEqual(['notes-hint']);
  });

  it('shows the count from 90% of the limit, read with the field, and keeps what was typed', () => {
    render(<Typed kind={kind} initial={'a'.repeat(89)} limit={100} />);
    const typed = 'a'.repeat(90);
    fireEvent.change(field(), { target: { value: typed } });
    expect(field().value).toBe(typed);
    expect(count()?.textContent).toMatch(/\b90\b.*\b100\b/);
    expect(count()?.className).not.toContain('character-count--over');
    expect(describedBy()).toEqual(['notes-hint', 'notes-count']);
    // Back under 90%: the count goes, and the field no longer points to it.
    fireEvent.change(field(), { target: { value: 'short' } });
    expect(field().value).toBe('short');
    expect(count()).toBeNull();
    expect(describedBy()).toEqual(['notes-hint']);
  });

  it('says how many characters too many an older, longer value has, and keeps it whole', () => {
    const old = 'b'.repeat(1_234);
    render(<Typed kind={kind} initial={old} limit={1_000} />);
    expect(field().value).toBe(old);
    expect(count()?.textContent).toMatch(/\b234\b.*1,000/);
    expect(count()?.className).toContain('character-count--over');
  });

  it('takes the limit of a named field from the one table of limits', () => {
    render(<Typed kind={kind} initial="" limit="section1.companyName" />);
    expect(field().maxLength).toBe(SHORT_TEXT_MAX);
    cleanup();
    render(<Typed kind={kind} initial="" limit="row.notes" />);
    expect(field().maxLength).toBe(TEXT_MAX);
  });
});

describe('a text field without a limit', () => {
  it('has no maximum and never shows a count', () => {
    render(<TextField id="notes" label="Notes" value={'x'.repeat(50_000)} onChange={() => {}} />);
    expect(field().maxLength).toBe(-1);
    expect(count()).toBeNull();
    expect(field().getAttribute('aria-describedby')).toBeNull();
  });
});

describe('a radio group', () => {
  const options = [
    { value: 'merge', label: 'Merge' },
    { value: 'skip', label: 'Skip' },
  ];

  it('is a group named by its legend, whose first radio carries the id error links point to', () => {
    render(
      <RadioGroup
        id="plan"
        label="What should happen?"
        value={undefined}
        options={options}
        onChange={() => {}}
      />,
    );
    const group = screen.getByRole('group', { name: 'What should happen?' });
    const radios = screen.getAllByRole<HTMLInputElement>('radio');
    expect(radios.every((r) => group.contains(r))).toBe(true);
    expect(radios.map((r) => r.id)).toEqual(['plan', 'plan-skip']);
    expect(radios.some((r) => r.checked)).toBe(false);
  });

  it('shows the value it is given and says which option the user chose', () => {
    const onChange = vi.fn();
    render(
      <RadioGroup
        id="plan"
        label="What should happen?"
        value="merge"
        options={options}
        onChange={onChange}
      />,
    );
    expect(screen.getByLabelText<HTMLInputElement>('Merge').checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Skip'));
    expect(onChange).toHaveBeenCalledWith('skip');
  });
});

describe('a select field', () => {
  it('is named by its label, described by its hint and error, and reports the value chosen', () => {
    const onChange = vi.fn();
    render(
      <SelectField
        id="which"
        label="Which assessment"
        hint="The one to save"
        error="Choose one"
        value="b"
        options={[
          { value: 'a', label: 'Alpha' },
          { value: 'b', label: 'Beta' },
        ]}
        onChange={onChange}
      />,
    );
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Which assessment' });
    expect(select.value).toBe('b');
    expect(select.getAttribute('aria-describedby')).toBe('which-hint which-error');
    expect(document.getElementById('which-error')?.textContent).toContain('Choose one');
    fireEvent.change(select, { target: { value: 'a' } });
    expect(onChange).toHaveBeenCalledWith('a');
  });
});
