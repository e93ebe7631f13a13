import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { assertRegistryAccess, assertRegistryOwner, assertUser } from "../authz";
import { parseInput } from "../validation-errors";
import { actionKind, registryAction, userAction } from "./safe-action";

vi.mock("../authz", () => ({ assertUser: vi.fn(), assertAdmin: vi.fn(), assertRegistryAccess: vi.fn(), assertRegistryOwner: vi.fn() }));
vi.mock("../security/redact", () => ({ logError: vi.fn() }));
const user = { id: 1, email: "a@example.com", name: "A", role: "REGISTRANT" as const };
const registry = { id: 7, slug: "abcdef" };
beforeEach(() => {
  vi.mocked(assertUser).mockResolvedValue(user);
  vi.mocked(assertRegistryAccess).mockResolvedValue({ user, registry } as never);
});

describe("parseInput", () => {
  it("refuses a NUL character anywhere in the input, naming the field (PostgreSQL cannot store it)", () => {
    const schema = z.object({ buyer: z.object({ name: z.string() }) });
    try {
      parseInput(schema, { buyer: { name: "Jo\u0000" } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).fieldErrors).toEqual({ "buyer.name": expect.stringContaining("NUL") });
    }
    expect(parseInput(schema, { buyer: { name: "Jo" } })).toEqual({ buyer: { name: "Jo" } });
  });
});

describe("action wrappers", () => {
  const run = vi.fn(async (d: unknown, c: unknown) => ({ d, c }));
  const rename = userAction(z.object({ name: z.string().min(1, "Name it") }), run);
  const move = registryAction(z.object({ itemId: z.number() }), run);

  it("parse first: bad input is refused with field errors before anyone is asked", async () => {
    expect(await rename({ name: "" })).toEqual({
      ok: false,
      error: "Please correct the highlighted fields.",
      fieldErrors: { name: "Name it" },
    });
    expect(await move({ registryId: 2 ** 31, itemId: 1 })).toMatchObject({ ok: false, fieldErrors: { registryId: "Not a valid id" } });
    expect(assertUser).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
  });

  it("then authorize: a refusal becomes its message and the body never runs", async () => {
    vi.mocked(assertUser).mockRejectedValueOnce(new AppError("Please sign in again", "unauthenticated"));
    expect(await rename({ name: "x" })).toEqual({ ok: false, error: "Please sign in again" });
    vi.mocked(assertRegistryAccess).mockRejectedValueOnce(new AppError("Registry not found", "not_found"));
    expect(await move({ registryId: 9, itemId: 1 })).toEqual({ ok: false, error: "Registry not found" });
    expect(run).not.toHaveBeenCalled();
  });

  it("then run, with the caller (and the registry, checked by its parsed id)", async () => {
    expect(await move({ registryId: "7", itemId: 3 })).toEqual({
      ok: true,
      data: { d: { registryId: 7, itemId: 3 }, c: { user, registry } },
    });
    expect(assertRegistryAccess).toHaveBeenCalledWith(7);
    const owned = registryAction(z.object({}), run, "owner");
    vi.mocked(assertRegistryOwner).mockRejectedValueOnce(new AppError("Only the registry’s owner can do that", "forbidden"));
    expect(await owned({ registryId: 7 })).toEqual({ ok: false, error: "Only the registry’s owner can do that" });
    expect([actionKind(rename), actionKind(move), actionKind(owned), actionKind(run)]).toEqual(["user", "registry", "owner", undefined]);
  });

  it("a bug in the body is logged and answered with a plain message, never a 500", async () => {
    const broken = userAction(z.void(), async () => {
      throw new TypeError("boom");
    });
    expect(await broken()).toEqual({ ok: false, error: "Something went wrong and nothing was changed. Please try again." });
  });
});
