// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorSummary, type FieldError } from './error-summary';

afterEach(cleanup);

/** The summary next to the fields it links to, as a page shows it. */
function Page({ errors }: { errors: FieldError[] }) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <label htmlFor="name">Name</label>
      <input id="name" />
      <label htmlFor="email">Email</label>
      <input id="email" />
    </>
  );
}

const nameMissing: FieldError = { href: 'name', message: 'Enter your name' };
const emailWrong: FieldError = { href: 'email', message: 'Enter an email address like a@b.org' };

describe('the error summary', () => {
  it('shows nothing while there is no error', () => {
    render(<Page errors={[]} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes focus when it appears, so a screen reader reads it first', () => {
    const { rerender } = render(<Page errors={[]} />);
    screen.getByLabelText('Name').focus();
    rerender(<Page errors={[nameMissing, emailWrong]} />);
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual([
      nameMissing.message,
      emailWrong.message,
    ]);
  });

  it('moves focus to the field each link names, without leaving the page', () => {
    render(<Page errors={[nameMissing, emailWrong]} />);
    const before = window.location.href;
    fireEvent.click(screen.getByRole('link', { name: emailWrong.message }));
    expect(document.activeElement).toBe(screen.getByLabelText('Email'));
    fireEvent.click(screen.getByRole('link', { name: nameMissing.message }));
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
    expect(window.location.href).toBe(before);
  });

  it('keeps out of the way while the same errors stay, and takes focus again when they change', () => {
    const { rerender } = render(<Page errors={[nameMissing]} />);
    const field = screen.getByLabelText('Name');
    fireEvent.click(screen.getByRole('link', { name: nameMissing.message }));
    expect(document.activeElement).toBe(field);
    // The page renders again as the user types: the same error must not pull focus away.
    rerender(<Page errors={[{ ...nameMissing }]} />);
    expect(document.activeElement).toBe(field);
    rerender(<Page errors={[emailWrong]} />);
    expect(document.activeElement).toBe(screen.getByRole('alert'));
  });
});
