import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { parseInput } from "./safe-action";

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
