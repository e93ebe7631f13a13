import { describe, expect, it, vi } from "vitest";
import { logError, redact } from "./redact";

describe("redact", () => {
  it("removes hashes, tokens and passwords from what is logged", () => {
    const hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";
    const sha = "a".repeat(64);
    const text = `Invalid prisma.user.create() invocation: { data: { passwordHash: "${hash}", tokenHash: "${sha}", password: "hunter22-x", email: "a@b.co" } }`;
    const out = redact(text);
    expect(out).not.toContain(hash);
    expect(out).not.toContain(sha);
    expect(out).not.toContain("hunter22-x");
    expect(out).toContain("a@b.co"); // the rest stays useful
  });

  it("logError prints the redacted message", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    logError("[test]", new Error(`bad token=${"b".repeat(64)}`));
    expect(String(spy.mock.calls[0][1])).not.toContain("b".repeat(64));
    spy.mockRestore();
  });
});
