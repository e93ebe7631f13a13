import { describe, expect, it } from "vitest";
import { toGiftRegistry, toGiftRegistryItem, type RestRegistryRow } from "./map";

const row: RestRegistryRow = {
  id: 7,
  currency: "USD",
  ownerId: 3,
  title: "Ana & Bo",
  message: "Thanks!",
  firstName: "Ana",
  lastName: "Silva",
  addrCompany: "Acme",
  addrStreet: "1 Main St",
  addrStreet2: "Apt 2",
  addrCity: "Lisbon",
  addrState: "LX",
  addrPostcode: "1000-001",
  addrCountry: "PRT",
  addrPhone: "+351 1",
  createdAt: new Date("2026-01-02T03:04:05Z"),
  updatedAt: new Date("2026-01-03T13:14:15Z"),
  expiresAt: null,
  eventDate: new Date("2026-06-01T16:00:00Z"),
  items: [
    { productId: 11, sku: "A", title: "Glass", priceCents: 2400, requested: 8, purchased: 4, purchasedOffline: 1 },
    { productId: null, sku: "", title: "Custom", priceCents: 10, requested: 3, purchased: 0, purchasedOffline: 0 },
  ],
};

describe("toGiftRegistry", () => {
  it("maps the registry, address, dates and totals", () => {
    const r = toGiftRegistry(row);
    expect(r.GiftRegistryID).toBe(7);
    expect(r.Name).toBe("Ana & Bo");
    expect(r.CustomerAddressBook).toEqual({
      CustomerAddressId: 3,
      FirstName: "Ana",
      LastName: "Silva",
      Address1: "1 Main St",
      Address2: "Apt 2",
      City: "Lisbon",
      State: "LX",
      ZipCode: "1000-001",
      Country: "PRT",
      Company: "Acme",
      PhoneNumber: "+351 1",
    });
    expect([r.Created, r.LastUpdate, r.Expires, r.Event]).toEqual(["01/02/2026 03:04", "01/03/2026 13:14", null, "06/01/2026 16:00"]);
    expect(r.ShipToAddress).toBe(true);
    expect(r.Items).toBe(2);
    expect(r.Sold).toBe(4);
  });

  it("has no delivery address when the street is blank", () => {
    expect(toGiftRegistry({ ...row, addrStreet: "  " }).ShipToAddress).toBe(false);
  });
});

describe("toGiftRegistryItem", () => {
  it("splits store and offline sales and prices in decimals", () => {
    expect(toGiftRegistryItem(row.items[0], "USD")).toEqual({
      CatalogID: 11,
      SKU: "A",
      ItemName: "Glass",
      Listed: 8,
      Price: 24,
      Subtotal: 192,
      Sold: 3,
      SoldOffline: 1,
    });
  });

  it("uses CatalogID 0 for a custom item and keeps cents exact", () => {
    const it = toGiftRegistryItem(row.items[1], "USD");
    expect(it.CatalogID).toBe(0);
    expect(it.Price).toBe(0.1);
    expect(it.Subtotal).toBe(0.3);
  });
});

describe("prices in the registry's currency", () => {
  it("are plain decimals with the currency's own decimals", () => {
    const item = { productId: null, sku: "", title: "x", priceCents: 1500, requested: 3, purchased: 0, purchasedOffline: 0 };
    expect(toGiftRegistryItem(item, "JPY")).toMatchObject({ Price: 1500, Subtotal: 4500 });
    expect(toGiftRegistryItem(item, "EUR")).toMatchObject({ Price: 15, Subtotal: 45 });
    expect(toGiftRegistryItem({ ...item, priceCents: 1250 }, "KWD")).toMatchObject({ Price: 1.25, Subtotal: 3.75 });
  });
});
