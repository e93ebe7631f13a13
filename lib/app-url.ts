// Kept until lib/actions, lib/data/orders.ts and scripts/serve.ts read env().APP_URL (lib/env.ts) themselves.
import { env } from "./env";

export { parseAppUrl } from "./env";
/** Base URL (no trailing slash) for every link in emails: APP_URL, never a request header. */
export const appBaseUrl = (): string => env().APP_URL;
