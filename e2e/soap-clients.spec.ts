// The SOAP API as integrators really call it: Python zeep (strict), suds and PHP SoapClient load the
// live WSDL and drive every method against this server (e2e/clients/*). Each client gets a registry of
// its own; what it saw comes back as JSON, and the database shows what was recorded.
import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { db } from "./fixtures";
import { itemCounts, ownRegistry } from "./soap-helpers";

const CLIENTS = {
  zeep: ["/usr/bin/python3", "e2e/clients/zeep_client.py"],
  suds: ["/usr/bin/python3", "e2e/clients/suds_client.py"],
  php: ["php", "e2e/clients/php_client.php"],
};
// How each language names an integer / a date it parsed from the answer.
const INT = { zeep: "int", suds: "int", php: "integer" };

for (const [client, command] of Object.entries(CLIENTS) as [keyof typeof CLIENTS, string[]][]) {
  test(`${client}: every method, typed answers, idempotent and all-or-nothing sales`, async ({ baseURL }) => {
    const day = new Date(
      Date.UTC(2040 + Math.floor(Math.random() * 40), Math.floor(Math.random() * 12), 1 + Math.floor(Math.random() * 28), 15),
    );
    const registry = await ownRegistry([{ requested: 5 }, { requested: 3 }], day);
    const [item, other] = registry.items;
    const args = [baseURL!, registry.id, item.id, other.id, registry.lastName, registry.email, day.toISOString().slice(0, 10)].map(String);
    const run = spawnSync(command[0], [...command.slice(1), ...args], { encoding: "utf8", timeout: 45_000 });
    expect(run.status, `${client} failed:\n${run.stderr}`).toBe(0);
    const seen = JSON.parse(run.stdout);

    expect(seen.authBad).toMatchObject({ Success: false, Code: 1, hasData: false });
    expect(seen.auth).toMatchObject({ Success: true, Code: 0, hasData: true });
    for (const search of ["searchName", "searchEmail", "searchDate", "searchAll", "searchBlank"])
      expect(seen[search], search).toMatchObject({ Success: true, Code: 0, found: true, types: [INT[client]] });

    expect(seen.getRegistry).toMatchObject({ Success: true, ID: registry.id, eventDate: day.toISOString().slice(0, 10), price: "12.50" });
    expect(seen.getRegistry.types).toMatchObject({ ID: INT[client], ItemID: INT[client], Requested: INT[client] });
    if (client !== "php")
      expect(seen.getRegistry.types).toMatchObject({ DateCreated: "datetime", EventDate: "datetime", Price: "decimal", Active: "bool" });
    expect(seen.getRegistries).toMatchObject({ Success: true, ids: [registry.id], Message: "Not found: 2147483000" });

    expect(seen.sale).toMatchObject({ Success: true, Message: "Recorded 1 sale line(s)" });
    expect(seen.saleAgain).toMatchObject({ Success: true, Message: "Already recorded: all 1 sale line(s) were recorded before" });
    expect(seen.saleNoReference).toMatchObject({ Success: true, Message: "Recorded 1 sale line(s)" });
    expect(seen.refund).toMatchObject({ Success: true, Message: "Recorded 1 refund line(s)" });
    expect(seen.batchWithBadLine).toMatchObject({ Success: false, Code: 6, hasData: false });
    // Sold: 1 (retry counted once) + 1 without a Reference − 1 refunded; the batch changed nothing.
    expect(await itemCounts(item.id)).toEqual({ purchased: 1, locked: 0 });
    expect(await itemCounts(other.id)).toEqual({ purchased: 0, locked: 0 });
    const records = await db.saleRecord.findMany({ where: { registryId: registry.id }, orderBy: { id: "asc" } });
    expect(records.map((r) => [r.kind, r.reference])).toEqual([
      ["SALE", expect.stringMatching(/-1$/)],
      ["SALE", null],
      ["REFUND", expect.stringMatching(/-R1$/)],
    ]);

    if (client === "zeep")
      for (const binding of ["GiftRegistryHttpGet", "GiftRegistryHttpPost"])
        expect(seen[binding], binding).toEqual({
          Success: true,
          Code: 0,
          found: true,
          getRegistry: { Success: true, ID: registry.id, idType: "int" },
        });
  });
}
