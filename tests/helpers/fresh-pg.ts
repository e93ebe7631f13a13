// A throwaway PostgreSQL database on the server of `url`, dropped afterwards.
import pg from "pg";

export async function withFreshPgDatabase<T>(url: string, prefix: string, body: (freshUrl: string) => Promise<T>): Promise<T> {
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const u = new URL(url);
    u.pathname = `/${name}`;
    return await body(u.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
