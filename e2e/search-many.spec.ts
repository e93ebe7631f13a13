import { expect, test } from "@playwright/test";
import { db, makeUser, unique } from "./fixtures";

// A common name can match thousands of registries: the search counts up to 1,000 (lib/data/search.ts
// COUNT_CAP) and says "more than" past it, with pages to walk and a hint to narrow the search.
test("a search matching more than 1,000 registries says so and still pages", async ({ page }) => {
  const { email } = await makeUser("many");
  const owner = await db.user.findUniqueOrThrow({ where: { email } });
  const surname = unique("Manyfold")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();
  const tag = unique("m").replace(/[^a-z0-9]/g, "");
  await db.registry.createMany({
    data: Array.from({ length: 1001 }, (_, i) => ({
      slug: `${tag}x${i}`.slice(0, 60),
      title: `Robin ${surname} ${i}`,
      ownerId: owner.id,
      firstName: "Robin",
      lastName: surname,
      email: owner.email,
      searchName: `robin ${surname}\n`,
      searchTitle: `robin ${surname} ${i}`,
      eventDate: new Date(Date.UTC(2031, 0, 1 + (i % 300))),
      externalIdentifier: i % 2 ? `ODD-${tag}` : "",
    })),
  });
  try {
    await page.goto(`/search?name=${surname}`);
    await expect(page.getByRole("heading", { name: /More than 1,000 registries found/ })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Pagination" }).getByText("Page 1", { exact: true })).toBeVisible();
    // By event date, then number: four registries a day, the earliest first.
    const results = page.locator("section[aria-labelledby=results-heading] li");
    await expect(results.first()).toContainText(`Robin ${surname} 0`);
    await page.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByRole("navigation", { name: "Pagination" }).getByText("Page 2", { exact: true })).toBeVisible();
    await expect(results).toHaveCount(20);
    await expect(results.first()).toContainText(`Robin ${surname} 5`);
    // Narrowed below the cap: the exact count again.
    await page.goto(`/search?name=${surname}&date=2031-01-01`);
    await expect(page.getByRole("heading", { name: "4 registries found" })).toBeVisible();
    // The pages keep every term, the store's identifier too.
    await page.goto(`/search?name=${surname}&externalId=ODD-${tag}`);
    await expect(page.getByRole("heading", { name: "500 registries found" })).toBeVisible();
    await page.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(new RegExp(`externalId=ODD-${tag}.*page=2`));
    await expect(page.getByRole("heading", { name: "500 registries found" })).toBeVisible();
    await expect(page.getByText("Page 2 of 25")).toBeVisible();
  } finally {
    await db.registry.deleteMany({ where: { ownerId: owner.id } });
  }
});
