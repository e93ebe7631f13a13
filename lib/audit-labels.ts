// Plain words for the audit log's codes, in the reader's language (messages/*.json "audit"; the
// codes stay in the database and in the filters' values). `t`: a translator of the "audit" namespace.
import en from "../messages/en.json";
import type { T } from "./i18n/types";

// A message key cannot hold a dot: "order.dispatch" is actions.order_dispatch.
const actionKey = (action: string) => action.replaceAll(".", "_");
const known = (set: Record<string, string>, key: string) => Object.hasOwn(set, key);

/** "Order dispatched", or the code itself for an action the catalogue does not know yet. */
export const actionLabel = (action: string, t: T) =>
  known(en.audit.actions, actionKey(action)) ? t(`actions.${actionKey(action)}`) : action;

/** "gift #31" (in Spanish "regalo n.º 31"). */
export function targetLabel(type: string, id: number | string | null, t: T) {
  const name = known(en.audit.targets, type) ? t(`targets.${type}`) : type;
  return id === null || id === "" ? name : t("target", { type: name, id: String(id) });
}
