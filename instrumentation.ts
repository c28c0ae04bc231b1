export async function register() {
  // The database lives in the Node server process only; never at build time (see STACK-NOTES).
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startServer } = await import('./lib/server-start');
  await startServer();
}
