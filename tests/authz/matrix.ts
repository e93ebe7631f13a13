// The authorization matrix: every page, route handler and server action, and who may use it.
// tests/authz/coverage.test.ts fails when a route or action exists without an entry here;
// e2e/authz-matrix.spec.ts visits every page and route as each role and checks the outcome.
import type { ActionKind } from "../../lib/actions/safe-action";

export const ROLES = ["anonymous", "owner", "other", "coRegistrant", "suspended", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** ok: 200 · signin: sent to sign-in · dashboard: sent to /dashboard · a number: that status (307: another redirect). */
export type Outcome = "ok" | "signin" | "dashboard" | 307 | 401 | 403 | 404 | 405;

const all = (o: Outcome): Record<Role, Outcome> => ({ anonymous: o, owner: o, other: o, coRegistrant: o, suspended: o, admin: o });
const signedIn = (o: Outcome, out: Outcome): Record<Role, Outcome> => ({
  anonymous: out,
  suspended: out,
  owner: o,
  other: o,
  coRegistrant: o,
  admin: o,
});
const registry = (o: Outcome): Record<Role, Outcome> => ({
  anonymous: "signin",
  suspended: "signin",
  owner: o,
  coRegistrant: o,
  admin: o,
  other: 404,
});
const adminOnly: Record<Role, Outcome> = {
  anonymous: "signin",
  suspended: "signin",
  owner: 403,
  other: 403,
  coRegistrant: 403,
  admin: "ok",
};
const guestForm: Record<Role, Outcome> = {
  anonymous: "ok",
  suspended: "ok",
  owner: "dashboard",
  other: "dashboard",
  coRegistrant: "dashboard",
  admin: "dashboard",
};

/** `{slug}`, `{id}`, `{itemId}`, `{orderId}`, `{sig}`, `{fundId}`, `{pledgeId}`, `{pledgeSig}`, `{groupId}`, `{userId}`, `{productId}`, `{emailId}` are filled from the fixture registry. */
export const PAGES: { file: string; url: string; expect: Record<Role, Outcome> }[] = [
  { file: "app/(public)/page.tsx", url: "/", expect: all("ok") },
  { file: "app/(public)/search/page.tsx", url: "/search?name=alex", expect: all("ok") },
  { file: "app/(public)/r/[slug]/page.tsx", url: "/r/{slug}", expect: all("ok") },
  // The access-code gate sends anyone who may already see the (public) registry straight to it.
  { file: "app/(public)/r/[slug]/access/page.tsx", url: "/r/{slug}/access", expect: all(307) },
  { file: "app/(public)/r/[slug]/checkout/page.tsx", url: "/r/{slug}/checkout", expect: all("ok") },
  { file: "app/(public)/r/[slug]/elsewhere/[itemId]/page.tsx", url: "/r/{slug}/elsewhere/{itemId}", expect: all("ok") },
  { file: "app/(public)/r/[slug]/report/page.tsx", url: "/r/{slug}/report", expect: all("ok") },
  { file: "app/(public)/r/[slug]/thanks/[orderId]/page.tsx", url: "/r/{slug}/thanks/{orderId}?sig={sig}", expect: all("ok") },
  { file: "app/(public)/r/[slug]/thanks/[orderId]/page.tsx", url: "/r/{slug}/thanks/{orderId}?sig=forged", expect: all(404) },
  { file: "app/(public)/r/[slug]/fund/[fundId]/page.tsx", url: "/r/{slug}/fund/{fundId}", expect: all("ok") },
  { file: "app/(public)/r/[slug]/gift/[itemId]/page.tsx", url: "/r/{slug}/gift/{groupId}", expect: all("ok") },
  // Only a group gift has a chip-in page.
  { file: "app/(public)/r/[slug]/gift/[itemId]/page.tsx", url: "/r/{slug}/gift/{itemId}", expect: all(404) },
  { file: "app/(public)/r/[slug]/pledged/[id]/page.tsx", url: "/r/{slug}/pledged/{pledgeId}?sig={pledgeSig}", expect: all("ok") },
  { file: "app/(public)/r/[slug]/pledged/[id]/page.tsx", url: "/r/{slug}/pledged/{pledgeId}?sig=forged", expect: all(404) },
  { file: "app/(public)/unsubscribe/page.tsx", url: "/unsubscribe", expect: all("ok") },
  // The language chooser's form target: POST only.
  { file: "app/(public)/language/route.ts", url: "/language", expect: all(405) },
  { file: "app/(public)/confirm-email/page.tsx", url: "/confirm-email", expect: all("ok") },
  // Without a good token it only says the invitation is not valid (accepting is tested in e2e/co-registrant).
  { file: "app/(public)/accept-invitation/page.tsx", url: "/accept-invitation", expect: all("ok") },
  { file: "app/(auth)/forgot-password/page.tsx", url: "/forgot-password", expect: all("ok") },
  { file: "app/(auth)/reset-password/page.tsx", url: "/reset-password", expect: all("ok") },
  { file: "app/(auth)/sign-in/page.tsx", url: "/sign-in", expect: guestForm },
  { file: "app/(auth)/sign-up/page.tsx", url: "/sign-up", expect: guestForm },
  {
    file: "app/(auth)/sign-out/page.tsx",
    url: "/sign-out",
    expect: { anonymous: 307, suspended: 307, owner: "ok", other: "ok", coRegistrant: "ok", admin: "ok" },
  },
  { file: "app/(registrant)/dashboard/page.tsx", url: "/dashboard", expect: signedIn("ok", "signin") },
  // The phone share target (app/manifest.ts): signing in comes back to it with the shared link.
  {
    file: "app/(registrant)/add-from-link/page.tsx",
    url: "/add-from-link?text=Look%20https%3A%2F%2Fshop.example%2Fp%2F1",
    expect: signedIn("ok", "signin"),
  },
  { file: "app/(registrant)/dashboard/account/page.tsx", url: "/dashboard/account", expect: signedIn("ok", "signin") },
  { file: "app/(registrant)/dashboard/registries/new/page.tsx", url: "/dashboard/registries/new", expect: signedIn("ok", "signin") },
  { file: "app/(registrant)/dashboard/registries/[id]/page.tsx", url: "/dashboard/registries/{id}", expect: registry("ok") },
  { file: "app/(registrant)/dashboard/registries/[id]/edit/page.tsx", url: "/dashboard/registries/{id}/edit", expect: registry("ok") },
  {
    file: "app/(registrant)/dashboard/registries/[id]/thank-you/page.tsx",
    url: "/dashboard/registries/{id}/thank-you",
    expect: registry("ok"),
  },
  {
    file: "app/(registrant)/dashboard/registries/[id]/thank-you/csv/route.ts",
    url: "/dashboard/registries/{id}/thank-you/csv",
    expect: { anonymous: 401, suspended: 401, other: 404, owner: 403, coRegistrant: 403, admin: 403 },
  },
  { file: "app/(admin)/admin/page.tsx", url: "/admin", expect: adminOnly },
  { file: "app/(admin)/admin/registries/page.tsx", url: "/admin/registries", expect: adminOnly },
  { file: "app/(admin)/admin/registries/[id]/page.tsx", url: "/admin/registries/{id}", expect: adminOnly },
  { file: "app/(admin)/admin/reports/page.tsx", url: "/admin/reports", expect: adminOnly },
  { file: "app/(admin)/admin/users/page.tsx", url: "/admin/users", expect: adminOnly },
  { file: "app/(admin)/admin/users/[id]/page.tsx", url: "/admin/users/{userId}", expect: adminOnly },
  { file: "app/(admin)/admin/orders/page.tsx", url: "/admin/orders", expect: adminOnly },
  { file: "app/(admin)/admin/sales/page.tsx", url: "/admin/sales?registry={id}", expect: adminOnly },
  { file: "app/(admin)/admin/catalog/page.tsx", url: "/admin/catalog", expect: adminOnly },
  { file: "app/(admin)/admin/catalog/[id]/page.tsx", url: "/admin/catalog/{productId}", expect: adminOnly },
  { file: "app/(admin)/admin/catalog/import/page.tsx", url: "/admin/catalog/import", expect: adminOnly },
  { file: "app/(admin)/admin/lists/page.tsx", url: "/admin/lists", expect: adminOnly },
  { file: "app/(admin)/admin/credentials/page.tsx", url: "/admin/credentials", expect: adminOnly },
  { file: "app/(admin)/admin/audit/page.tsx", url: "/admin/audit", expect: adminOnly },
  { file: "app/(admin)/admin/outbox/page.tsx", url: "/admin/outbox", expect: adminOnly },
  { file: "app/(admin)/admin/outbox/[id]/page.tsx", url: "/admin/outbox/{emailId}", expect: adminOnly },
  // Store-system APIs: a browser session grants nothing; credentials are required.
  { file: "app/api/v2/GiftRegistries/route.ts", url: "/api/v2/GiftRegistries", expect: all(401) },
  { file: "app/api/v2/GiftRegistries/[giftregistryid]/route.ts", url: "/api/v2/GiftRegistries/{id}", expect: all(401) },
  { file: "app/api/v2/GiftRegistries/[giftregistryid]/Items/route.ts", url: "/api/v2/GiftRegistries/{id}/Items", expect: all(401) },
  { file: "app/api/v2/openapi.json/route.ts", url: "/api/v2/openapi.json", expect: all("ok") },
  { file: "app/global/api/giftregistry.asmx/route.ts", url: "/global/api/giftregistry.asmx", expect: all("ok") },
  // HTTP GET binding answers 200 with Success=false for a bad token (checked in the spec body).
  {
    file: "app/global/api/giftregistry.asmx/[method]/route.ts",
    url: "/global/api/giftregistry.asmx/GetRegistry?authenticationToken=not-a-token&registryID={id}",
    expect: all("ok"),
  },
  // JSON checkout takes POST only (guest access rules as the action; tested in e2e/api-checkout.spec.ts).
  { file: "app/api/checkout/route.ts", url: "/api/checkout", expect: all(405) },
  // Photos by an unguessable hash: a hash nobody stored is a 404 for everyone (the private-registry rule: e2e/photos.spec.ts).
  { file: "app/images/[file]/route.ts", url: "/images/0123456789abcdef0123456789abcdef-320.webp", expect: all(404) },
  { file: "app/api/auth/[...nextauth]/route.ts", url: "/api/auth/session", expect: all("ok") },
  // Unknown API paths: a JSON 404 for everyone.
  { file: "app/api/[...path]/route.ts", url: "/api/v2/Nothing", expect: all(404) },
  { file: "app/global/api/[...path]/route.ts", url: "/global/api/nothing", expect: all(404) },
];

/**
 * Server actions and the wrapper each is made with (lib/actions/safe-action.ts): guest (anyone: the
 * slug, emailed token or signature is checked in the body), user, registry (owner, co-registrant or
 * admin), owner (the registry's owner or an admin), admin. "unwrapped": signOutAction only.
 */
export type ActionPolicy = ActionKind | "unwrapped";

export const ACTIONS: Record<string, ActionPolicy> = {
  signUpAction: "guest",
  signInAction: "guest",
  signOutAction: "unwrapped",
  requestPasswordResetAction: "guest",
  resetPasswordAction: "guest",
  confirmEmailAction: "guest",
  unsubscribeAction: "guest",
  placeOrderAction: "guest",
  boughtElsewhereAction: "guest",
  reportRegistryAction: "guest",
  unlockRegistryAction: "guest",
  contributeAction: "guest",
  contributeToGiftAction: "guest",
  updateProfileAction: "user",
  updateNotificationsAction: "user",
  changePasswordAction: "user",
  deleteAccountAction: "user",
  createRegistryAction: "user",
  updateRegistryAction: "registry",
  archiveRegistryAction: "registry",
  changeSlugAction: "registry",
  deleteRegistryAction: "owner",
  resendCoRegistrantInviteAction: "owner",
  revokeCoRegistrantAction: "owner",
  acceptCoRegistrantInviteAction: "user",
  resendEmailConfirmationAction: "user",
  addCustomItemAction: "registry",
  importFromLinkAction: "registry",
  addCatalogItemsAction: "registry",
  raiseQuantityAction: "registry",
  updateItemAction: "registry",
  removeItemAction: "registry",
  restoreItemAction: "registry",
  moveItemAction: "registry",
  revealBuyersAction: "registry",
  setThankYouSentAction: "registry",
  undoBoughtElsewhereAction: "registry",
  setItemPhotoAction: "registry",
  removeItemPhotoAction: "registry",
  setRegistryPhotoAction: "registry",
  removeRegistryPhotoAction: "registry",
  createFundAction: "registry",
  updateFundAction: "registry",
  setFundActiveAction: "registry",
  removeFundAction: "registry",
  markContributionAction: "registry",
  setFundPhotoAction: "registry",
  removeFundPhotoAction: "registry",
  setGroupGiftAction: "registry",
  resolveGroupGiftAction: "registry",
  createProductAction: "admin",
  updateProductAction: "admin",
  deleteProductAction: "admin",
  previewProductCsvAction: "admin",
  importProductCsvAction: "admin",
  createRestKeyAction: "admin",
  revokeRestKeyAction: "admin",
  createApiUserAction: "admin",
  setApiUserDisabledAction: "admin",
  resetApiUserPasswordAction: "admin",
  addListEntryAction: "admin",
  renameListEntryAction: "admin",
  toggleListEntryAction: "admin",
  moveOccasionAction: "admin",
  setOccasionCategoriesAction: "admin",
  updateOrdersAction: "admin",
  deactivateRegistryAction: "admin",
  reactivateRegistryAction: "admin",
  resolveReportAction: "admin",
  recordOfflineMovementAction: "admin",
  setUserSuspendedAction: "admin",
  setUserRoleAction: "admin",
  refundContributionAction: "admin",
};
