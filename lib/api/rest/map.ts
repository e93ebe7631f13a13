// Our registry rows → 3dcart GiftRegistries v2 JSON (CONTRACT §5). Field names, nesting and types
// follow the seed exactly; store systems parse these, so nothing is added or renamed.
import { formatRestDate } from "./dates";
import { minorToNumber } from "../../format";

/** The registry columns the REST API reads (lib/data/rest-registries selects exactly these). */
export type RestRegistryRow = {
  id: number;
  /** Prices are stored in this currency's minor unit and sent as plain decimals of it (JPY: no decimals). */
  currency: string;
  ownerId: number;
  title: string;
  message: string;
  firstName: string;
  lastName: string;
  addrCompany: string;
  addrStreet: string;
  addrStreet2: string;
  addrCity: string;
  addrState: string;
  addrPostcode: string;
  addrCountry: string;
  addrPhone: string;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date | null;
  eventDate: Date | null;
  items: RestItemRow[];
};

export type RestItemRow = {
  productId: number | null;
  sku: string;
  title: string;
  priceCents: number;
  requested: number;
  purchased: number;
  purchasedOffline: number;
};

export type GiftRegistryItem = {
  CatalogID: number;
  SKU: string;
  ItemName: string;
  Listed: number;
  Price: number;
  Subtotal: number;
  Sold: number;
  SoldOffline: number;
};

export type GiftRegistry = {
  CustomerAddressBook: {
    CustomerAddressId: number;
    FirstName: string;
    LastName: string;
    Address1: string;
    Address2: string;
    City: string;
    State: string;
    ZipCode: string;
    Country: string;
    Company: string;
    PhoneNumber: string;
  };
  GiftRegistryID: number;
  Name: string;
  Created: string | null;
  LastUpdate: string | null;
  Expires: string | null;
  Event: string | null;
  Message: string;
  ShipToAddress: boolean;
  Sold: number;
  Items: number;
  GiftRegistryItemList: GiftRegistryItem[];
};

export function toGiftRegistryItem(item: RestItemRow, currency: string): GiftRegistryItem {
  return {
    // Custom (non-catalog) items have no product: 3dcart clients expect an integer, 0 means "none".
    CatalogID: item.productId ?? 0,
    SKU: item.sku,
    ItemName: item.title,
    Listed: item.requested,
    Price: minorToNumber(item.priceCents, currency),
    // Computed in minor units so 0.1 + 0.2 style float noise never reaches the client.
    Subtotal: minorToNumber(item.priceCents * item.requested, currency),
    Sold: item.purchased - item.purchasedOffline,
    SoldOffline: item.purchasedOffline,
  };
}

export function toGiftRegistry(r: RestRegistryRow): GiftRegistry {
  return {
    CustomerAddressBook: {
      CustomerAddressId: r.ownerId,
      FirstName: r.firstName,
      LastName: r.lastName,
      Address1: r.addrStreet,
      Address2: r.addrStreet2,
      City: r.addrCity,
      State: r.addrState,
      ZipCode: r.addrPostcode,
      Country: r.addrCountry,
      Company: r.addrCompany,
      PhoneNumber: r.addrPhone,
    },
    GiftRegistryID: r.id,
    Name: r.title,
    Created: formatRestDate(r.createdAt),
    LastUpdate: formatRestDate(r.updatedAt),
    Expires: formatRestDate(r.expiresAt),
    Event: formatRestDate(r.eventDate),
    Message: r.message,
    ShipToAddress: r.addrStreet.trim() !== "",
    Sold: r.items.reduce((sum, it) => sum + it.purchased, 0),
    Items: r.items.length,
    GiftRegistryItemList: r.items.map((item) => toGiftRegistryItem(item, r.currency)),
  };
}
