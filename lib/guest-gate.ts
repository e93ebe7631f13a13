import "server-only";
import { cookies } from "next/headers";
import { accessCookie, verify } from "./guest-access";

/** May this visitor see the registry? Public and unlisted: yes; private: only with the signed access cookie. */
export async function canView(registry: { id: number; visibility: string }) {
  if (registry.visibility !== "PRIVATE") return true;
  return verify("access", registry.id, (await cookies()).get(accessCookie(registry.id))?.value);
}
