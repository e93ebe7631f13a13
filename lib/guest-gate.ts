import "server-only";
import { cookies } from "next/headers";
import { canViewWith } from "./guest-access";

/** canViewWith for App Router pages: this request's cookies. */
export async function canView(registry: { id: number; visibility: string; accessCodeHash: string | null }) {
  const jar = await cookies();
  return canViewWith(registry, (name) => jar.get(name)?.value);
}
