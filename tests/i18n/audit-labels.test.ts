import { describe, expect, it } from "vitest";
import { actionLabel, targetLabel } from "../../lib/audit-labels";
import { translator } from "../../lib/i18n/messages";

describe("audit labels in the reader's language", () => {
  it("words known codes, keeps unknown ones as they are", () => {
    const en = translator("en", "audit");
    expect(actionLabel("order.dispatch", en)).toBe("Order dispatched");
    expect(actionLabel("brand.new", en)).toBe("brand.new");
    expect(targetLabel("RegistryItem", 31, en)).toBe("gift #31");
    expect(targetLabel("Mystery", null, en)).toBe("Mystery");
    const fr = translator("fr", "audit");
    expect(actionLabel("registry.deactivate", fr)).toBe("Liste désactivée");
    expect(targetLabel("Order", 7, fr)).toBe("commande n°\u00a07");
    expect(targetLabel("Registry", 3, translator("de", "audit"))).toBe("Liste Nr.\u00a03");
  });
});
