// Stored photo variants: /images/{hash}-{width}.webp. Made at upload, so serving is one indexed read.
// The URL changes with the content, so browsers and CDNs may keep a response forever. A private
// registry's photos follow its guest rule (the access cookie for its current code — sent to
// /r/{slug}/images/…, rewritten here by next.config.js — or a signed-in manager); everyone else gets
// the same 404 as for a hash that was never stored.
import { cookies } from "next/headers";
import { currentUser } from "@/lib/authz";
import { canViewWith } from "@/lib/guest-access";
import { imageStore, type StoredImage } from "@/lib/images/store";

const FILE = /^([a-f0-9]{32})-(\d{2,4})\.webp$/;

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

async function mayView(registry: StoredImage["registry"]) {
  // A deactivated or archived registry's photos: its managers only, as its pages.
  if (registry.active && registry.visibility !== "PRIVATE") return true;
  const jar = await cookies();
  if (registry.active && canViewWith(registry, (name) => jar.get(name)?.value)) return true;
  const user = await currentUser();
  return !!user && (user.role === "ADMIN" || user.id === registry.ownerId || user.id === registry.coManagerId);
}

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const m = FILE.exec((await params).file);
  if (!m) return notFound();
  const image = await imageStore().get(m[1], Number(m[2]));
  if (!image || !(await mayView(image.registry))) return notFound();
  const shared = image.registry.active && image.registry.visibility !== "PRIVATE";
  return new Response(image.data as BodyInit, {
    headers: {
      "Content-Type": "image/webp",
      "Content-Length": String(image.data.byteLength),
      // A private registry's photo may stay in that visitor's browser, never in a shared cache.
      "Cache-Control": `${shared ? "public" : "private"}, max-age=31536000, immutable`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
