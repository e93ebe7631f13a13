import { describe, expect, it } from "vitest";
import { parseBenchSettings } from "../../scripts/bench-settings";

describe("bench settings", () => {
  it("defaults to the scale-1 data set and ~7 edits a second", () => {
    expect(parseBenchSettings({})).toEqual({
      scale: 1,
      writes: { editsPerSecond: 7, newRegistriesPerSecond: 1, checkoutsPerSecond: 3 },
      explain: false,
      port: null,
      only: [1, 2, 3, 4, 5, 6, 7],
      database: null,
    });
    expect(parseBenchSettings({ BENCH_SCALE: " " }).scale).toBe(1);
  });

  it("reads BENCH_SCALE as a whole number ≥ 1", () => {
    expect(parseBenchSettings({ BENCH_SCALE: "10" }).scale).toBe(10);
    expect(parseBenchSettings({ BENCH_SCALE: " 2 " }).scale).toBe(2);
    for (const bad of ["0", "-1", "1.5", "ten", "1e3", "99999999999999999999"])
      expect(() => parseBenchSettings({ BENCH_SCALE: bad }), bad).toThrow(/BENCH_SCALE must be a whole number ≥ 1/);
  });

  it("reads the write rates, zero turning a kind of write off", () => {
    const w = parseBenchSettings({
      BENCH_EDITS_PER_SECOND: "20",
      BENCH_NEW_REGISTRIES_PER_SECOND: "0",
      BENCH_CHECKOUTS_PER_SECOND: "0.5",
    }).writes;
    expect(w).toEqual({ editsPerSecond: 20, newRegistriesPerSecond: 0, checkoutsPerSecond: 0.5 });
    for (const bad of ["-1", "fast", "1001"])
      expect(() => parseBenchSettings({ BENCH_EDITS_PER_SECOND: bad }), bad).toThrow(/BENCH_EDITS_PER_SECOND/);
  });

  it("reads BENCH_PORT as a port number", () => {
    expect(parseBenchSettings({ BENCH_PORT: "3561" }).port).toBe(3561);
    for (const bad of ["0", "70000", "http"]) expect(() => parseBenchSettings({ BENCH_PORT: bad }), bad).toThrow(/BENCH_PORT/);
  });

  it("reads BENCH_EXPLAIN as 1 or 0", () => {
    expect(parseBenchSettings({ BENCH_EXPLAIN: "1" }).explain).toBe(true);
    expect(parseBenchSettings({ BENCH_EXPLAIN: "0" }).explain).toBe(false);
    expect(() => parseBenchSettings({ BENCH_EXPLAIN: "yes" })).toThrow(/BENCH_EXPLAIN must be 1 or 0/);
  });

  it("reads BENCH_ONLY as scenario numbers and BENCH_DATABASE as a database URL", () => {
    expect(parseBenchSettings({ BENCH_ONLY: "7" }).only).toEqual([7]);
    expect(parseBenchSettings({ BENCH_ONLY: " 7, 1,2,7" }).only).toEqual([1, 2, 7]);
    for (const bad of ["0", "8", "one", "1;2"])
      expect(() => parseBenchSettings({ BENCH_ONLY: bad }), bad).toThrow(/BENCH_ONLY must list scenario numbers/);
    expect(parseBenchSettings({ BENCH_DATABASE: "file:/tmp/b.db" }).database).toBe("file:/tmp/b.db");
    expect(parseBenchSettings({ BENCH_DATABASE: "postgresql://u:p@h:5432/b" }).database).toBe("postgresql://u:p@h:5432/b");
    expect(() => parseBenchSettings({ BENCH_DATABASE: "/tmp/b.db" })).toThrow(/BENCH_DATABASE must be/);
  });
});
