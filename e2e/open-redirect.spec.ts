// After sign-in the browser goes back only to a path on this site: hostile callbackUrls that browsers
// read as another host ("/\evil.example", a TAB after the slash) land on the dashboard instead.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, gotoReady } from "./fixtures";

for (const hostile of ["/%5Cevil.example/x", "/%09/evil.example/x", "/.//evil.example/x"]) {
  test(`sign-in with callbackUrl=${hostile} lands on /dashboard, not evil.example`, async ({ page, baseURL }) => {
    const left: string[] = [];
    page.on("request", (req) => void (new URL(req.url()).origin !== baseURL && left.push(req.url())));
    await gotoReady(page, `/sign-in?callbackUrl=${hostile}`);
    await page.getByLabel("Email").fill("alex@example.com");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${baseURL}/dashboard`);
    expect(left).toEqual([]);
  });
}

test("a same-origin callbackUrl is kept", async ({ page, baseURL }) => {
  await gotoReady(page, `/sign-in?callbackUrl=${encodeURIComponent("/dashboard/account?x=1")}`);
  await page.getByLabel("Email").fill("jordan@example.com");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${baseURL}/dashboard/account?x=1`);
});

test("next-auth's own sign-in route keeps its redirect on this site", async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
  const res = await api.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "priya@example.com", password: DEMO_PASSWORD, callbackUrl: "/\\evil.example/x" },
    maxRedirects: 0,
  });
  const to = new URL(res.headers()["location"] ?? "", baseURL);
  expect(to.origin).toBe(baseURL);
  expect(to.pathname).toBe("/");
  await api.dispose();
});
