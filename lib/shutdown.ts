// Shutdown hooks for the production server: on SIGTERM, once it has stopped serving, scripts/serve.ts
// publishes on SHUTDOWN_CHANNEL and runs the hooks every copy of this module hands it (the server and
// Next's bundles each load their own copy). Keyed by name, so a hook registered by several copies
// runs once; last-registered-first, like a stack: the outbox worker (started after the database
// client exists) stops before the pool closes.
import { channel, subscribe } from "node:diagnostics_channel";

type Hook = () => unknown;
type ShutdownRequest = { hooks: Map<string, Hook> };
const SHUTDOWN_CHANNEL = "wishwell:shutdown";

const hooks = new Map<string, Hook>();

export function onShutdown(name: string, hook: Hook) {
  hooks.set(name, hook);
}

subscribe(SHUTDOWN_CHANNEL, (message) => {
  const request = message as ShutdownRequest;
  for (const [name, hook] of hooks) if (!request.hooks.has(name)) request.hooks.set(name, hook);
});

/** Runs every copy's hooks, last-registered-first; each failure is logged and the next one runs. */
export async function runShutdownHooks(log: (line: string) => void = console.log) {
  const request: ShutdownRequest = { hooks: new Map() };
  channel(SHUTDOWN_CHANNEL).publish(request);
  for (const [name, hook] of [...request.hooks].reverse()) {
    try {
      await hook();
      log(`• Stopped: ${name}`);
    } catch (e) {
      console.error(`• Stopping ${name} failed:`, e);
    }
  }
}
