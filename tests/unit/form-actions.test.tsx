// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OneStepForm } from '@/components/auth/one-step-form';
import { TextField } from '@/components/ui/controls';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function renderForm() {
  return render(
    <OneStepForm action="/api/account/password-reset" label="Reset password" submitLabel="Send the link" pendingLabel="Sending…">
      <TextField label="Email" name="email" type="email" autoComplete="email" hint="The address you signed up with." />
    </OneStepForm>,
  );
}

describe('a one-request form (useActionState)', () => {
  it('keeps what was typed when the server refuses it, and says why', async () => {
    const fetch = vi.fn(async () => json(400, { error: { code: 'invalid_input', message: 'Some fields are not valid.', fields: { email: 'Enter an email address' } } }));
    vi.stubGlobal('fetch', fetch);
    renderForm();
    await userEvent.type(screen.getByLabelText('Email'), 'نور@example');
    await userEvent.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Some fields are not valid. (Enter an email address)');
    expect(screen.getByLabelText('Email')).toHaveProperty('value', 'نور@example');
    expect(JSON.parse(String((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body))).toEqual({ email: 'نور@example' });
  });

  it('shows the server’s message once it worked, instead of the form', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(200, { message: 'If that address has an account, a link is on its way.' })));
    renderForm();
    await userEvent.type(screen.getByLabelText('Email'), 'reader@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send the link' }));

    expect((await screen.findByRole('status')).textContent).toContain('a link is on its way');
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('says so when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    renderForm();
    await userEvent.type(screen.getByLabelText('Email'), 'reader@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send the link' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not reach the server. Try again.');
  });
});

describe('TextField', () => {
  it('is named by its label and described by its hint, or by the error in its place', () => {
    const { rerender } = render(<TextField label="Password" name="password" type="password" hint="At least 10 characters." />);
    const input = screen.getByLabelText('Password');
    expect(input.getAttribute('aria-describedby')).toBe('field-password-hint');
    expect(document.getElementById('field-password-hint')?.textContent).toBe('At least 10 characters.');
    expect(input.hasAttribute('aria-invalid')).toBe(false);

    rerender(<TextField label="Password" name="password" type="password" hint="At least 10 characters." error="That password is too common" />);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe('That password is too common');
    expect(screen.queryByText('At least 10 characters.')).toBeNull();
  });
});
