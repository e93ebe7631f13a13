import "server-only";

// SQLite (libsql) answers "database is locked/busy" when another process holds the write lock;
// such a write did not happen, so it is safe to run it again after a short wait.
export function isBusyError(e: unknown): boolean {
  const text = String((e as { message?: string })?.message ?? e) + String((e as { code?: string })?.code ?? "");
  return /SQLITE_BUSY|database is locked|P1008|busy/i.test(text);
}

export async function withBusyRetry<T>(fn: () => Promise<T>, attempts = 8): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (i >= attempts - 1 || !isBusyError(e)) throw e;
      await new Promise((r) => setTimeout(r, 10 * 2 ** i + Math.random() * 20));
    }
  }
}
