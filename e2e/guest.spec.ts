import { expect, test } from "@playwright/test";

test("a guest finds the demo wedding by a partial name and opens it", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("search", { name: "Find a registry" }).getByLabel("Name or registry title").fill("sam tay");
  await page.getByRole("button", { name: "Search registries" }).click();
  await expect(page.getByText("1 registry found")).toBeVisible();
  await page.getByRole("link", { name: /Alex & Sam's Wedding/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Alex & Sam's Wedding" })).toBeVisible();
  await expect(page.getByText("Alex Rivera & Sam Taylor")).toBeVisible();
  await expect(page.getByText("Fully purchased — thank you!")).toHaveCount(0); // "still needed" is the default view
  // With the page's script running a filter applies on change (Apply is for browsers without JavaScript).
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "1");
  await page.getByLabel("Show").selectOption("all");
  await expect(page).toHaveURL(/show=all/);
  await expect(page.getByText("Fully purchased — thank you!").first()).toBeVisible();
  await expect(page.getByText("6 of 12 still needed")).toBeVisible(); // plates: 12 requested, 4 purchased, 2 locked
  await expect(page.getByText("42 Orchard Lane")).toHaveCount(0); // the street address is never shown to guests
});

test("a guest finds a registry by part of its title", async ({ page }) => {
  await page.goto("/search");
  await page.getByRole("search", { name: "Find a registry" }).getByLabel("Name or registry title").fill("Baby Lee");
  await page.getByRole("button", { name: "Search registries" }).click();
  await expect(page.getByText("1 registry found")).toBeVisible();
  await expect(page.getByRole("link", { name: /Baby Lee is on the way/ })).toBeVisible();
});

test("search shows a clear message for a bad registry number and for no match", async ({ page }) => {
  await page.goto("/search?number=abc");
  await expect(page.getByText("Registry numbers are digits only")).toBeVisible();
  await page.goto("/search?name=zzzz-nobody");
  await expect(page.getByText("No registries match your search")).toBeVisible();
});
