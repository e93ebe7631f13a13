// Shutdown hooks for the production server (scripts/serve.ts runs them on SIGTERM). Kept on globalThis
// because the server and each Next bundle load their own copy of this module; keyed by name so a
// module loaded by several bundles registers once. They run last-registered-first, like a stack:
// the outbox worker (started after the database client exists) stops before the pool closes.
type Hook = () => unknown;
const KEY = Symbol.for("wishwell.shutdown-hooks");

function hooks(): Map<string, Hook> {
  const g = globalThis as Record<symbol, Map<string, Hook> | undefined>;
  return (g[KEY] ??= new Map());
}

export function onShutdown(name: string, hook: Hook) {
  hooks().set(name, hook);
}

export async function runShutdownHooks(log: (line: string) => void = console.log) {
  for (const [name, hook] of [...hooks()].reverse()) {
    try {
      await hook();
      log(`• Stopped: ${name}`);
    } catch (e) {
      console.error(`• Stopping ${name} failed:`, e);
    }
  }
}
