// Plain words for the audit log's codes (the codes stay in the database and in the filters' values).
const ACTIONS: Record<string, string> = {
  "api.sale": "Sale recorded by a store system",
  "api.refund": "Refund recorded by a store system",
  "apikey.create": "REST key created",
  "apikey.revoke": "REST key revoked",
  "apiuser.create": "SOAP user created",
  "contribution.create": "Contribution pledged by a guest",
  "contribution.received": "Contribution marked received",
  "contribution.unreceived": "Contribution marked not received yet",
  "contribution.refund": "Contribution refunded",
  "elsewhere.mark": "Marked as bought elsewhere",
  "elsewhere.undo": "Bought-elsewhere mark undone",
  "fund.create": "Fund added",
  "fund.update": "Fund changed",
  "fund.close": "Fund closed",
  "fund.reopen": "Fund reopened",
  "fund.delete": "Fund removed",
  "occasion.create": "Occasion added",
  "occasion.rename": "Occasion renamed",
  "occasion.activate": "Occasion turned on",
  "occasion.deactivate": "Occasion turned off",
  "occasion.move": "Occasion moved in the list",
  "occasion.categories": "Occasion's catalog categories changed",
  "store.create": "Store added",
  "store.rename": "Store renamed",
  "store.activate": "Store turned on",
  "store.deactivate": "Store turned off",
  "order.cancel": "Order cancelled",
  "order.dispatch": "Order dispatched",
  "product.create": "Product added",
  "product.update": "Product changed",
  "product.delete": "Product deleted",
  "product.import": "Products imported",
  "registry.deactivate": "Registry deactivated",
  "registry.reactivate": "Registry reactivated",
  "report.dismiss": "Guest report dismissed",
  "report.deactivate": "Registry deactivated after a guest report",
  "user.suspend": "User suspended",
  "user.unsuspend": "User reinstated",
  "user.role": "User role changed",
};

const TARGETS: Record<string, string> = {
  ApiCredential: "REST key",
  ApiUser: "SOAP user",
  Contribution: "contribution",
  Fund: "fund",
  GuestReport: "report",
  Order: "order",
  Product: "product",
  Registry: "registry",
  RegistryItem: "gift",
  SaleRecord: "sale",
  User: "user",
  occasion: "occasion",
  store: "store",
};

/** "Order dispatched", or the code itself for an action this list does not know yet. */
export const actionLabel = (action: string) => ACTIONS[action] ?? action;

/** "gift #31". */
export const targetLabel = (type: string, id: number | string | null) =>
  `${TARGETS[type] ?? type}${id === null || id === "" ? "" : ` #${id}`}`;
