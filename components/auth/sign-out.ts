/**
 * Ends this browser's session: next-auth's sign-out, a POST carrying its CSRF token. Done by hand rather than
 * with next-auth/react's `signOut`, so the header every reader page loads does not carry that library.
 */
export async function endSession(): Promise<void> {
  const { csrfToken } = await (await fetch('/api/auth/csrf')).json();
  await fetch('/api/auth/signout', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken }),
  });
}
