// npm run db:backup -- [file]   ·   npm run db:restore -- file
import path from "node:path";
import { backup, restore } from "./backup-lib";
import { dbInfo } from "./lib";

const [command, file] = process.argv.slice(2);
const { url, provider } = dbInfo();
if (command === "backup") {
  const out =
    file ?? path.join("data", `backup-${new Date().toISOString().replace(/[:.]/g, "-")}.${provider === "sqlite" ? "db" : "dump"}`);
  await backup(url, out);
  console.log(`Backup written to ${out}`);
} else if (command === "restore" && file) {
  restore(url, file);
  console.log(`Restored ${file}`);
} else {
  console.error("usage: npm run db:backup -- [file] | npm run db:restore -- file");
  process.exit(2);
}
