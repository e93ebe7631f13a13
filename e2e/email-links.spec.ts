// Links in emails start with the configured base (APP_URL, else the address the server listens on),
// never with a host the request names: a reset asked for with Host / X-Forwarded-Host evil.example
// would otherwise mail the victim a live token on evil.example.
import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { db, makeRegistry, unique } from "./fixtures";
import { serverActionId } from "./admin-helpers";
import { root } from "./own-server";

const EVIL = { Host: "evil.example", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" };
const linksIn = (text: string) => text.match(/https?:\/\/[^\s<>")]+/g) ?? [];

test("a password reset asked for under Host: evil.example mails a link to the configured base", async ({ request, baseURL }) => {
  const email = `${unique("poison")}@example.com`;
  await db.user.create({ data: { email, firstName: "Vic", lastName: "Tim", passwordHash: await hash("old-password-123") } });
  const res = await request.post("/forgot-password", {
    headers: {
      ...EVIL,
      "Next-Action": serverActionId("lib/actions/account.ts", "requestPasswordResetAction"),
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
    },
    data: JSON.stringify([{ email }]),
  });
  expect(res.status()).toBe(200);
  const mail = await db.emailMessage.findFirstOrThrow({ where: { to: email, kind: "password-reset" } });
  const links = linksIn(mail.text);
  expect(links.some((l) => l.startsWith(`${baseURL}/reset-password?token=`))).toBe(true);
  for (const link of [...links, ...linksIn(mail.html)]) expect(new URL(link).host).not.toBe("evil.example");
});

test("an order placed under Host: evil.example mails the buyer and the registrant links to the configured base", async ({
  request,
  baseURL,
}) => {
  const r = await makeRegistry();
  const buyerEmail = `${unique("buyer")}@example.com`;
  const res = await request.post("/api/checkout", {
    headers: EVIL,
    data: {
      slug: r.slug,
      buyerName: "Bea",
      buyerEmail,
      giftMessage: "",
      shipToRegistrant: true,
      lines: [{ itemId: r.items[0].id, quantity: 1 }],
    },
  });
  expect(res.status()).toBe(201);
  const confirmation = await db.emailMessage.findFirstOrThrow({ where: { to: buyerEmail, kind: "order-confirmation" } });
  expect(linksIn(confirmation.text)).toContain(`${baseURL}/r/${r.slug}`);
  const since = new Date(Date.now() - 60_000);
  for (const mail of await db.emailMessage.findMany({ where: { createdAt: { gte: since } } })) {
    for (const link of [...linksIn(mail.text), ...linksIn(mail.html)])
      expect(new URL(link).host, `${mail.kind} to ${mail.to}`).not.toBe("evil.example");
  }
});

test("a malformed APP_URL stops the server at start with a clear message", async () => {
  const proc = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "-p", "1", "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, APP_URL: "registry.example.com/shop" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  proc.stdout!.on("data", (d) => (log += d));
  proc.stderr!.on("data", (d) => (log += d));
  const code = await new Promise<number | null>((resolve) => proc.once("close", resolve));
  expect(code).toBe(1);
  expect(log).toContain("Cannot start: APP_URL must be a full address");
});
