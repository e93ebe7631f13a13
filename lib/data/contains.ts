import "server-only";
import { dbProvider } from "../db";

/** Case-insensitive partial match on both providers (SQLite LIKE already ignores ASCII case; PostgreSQL needs the mode). */
export const containsText = (v: string) => (dbProvider === "postgresql" ? { contains: v, mode: "insensitive" as const } : { contains: v });
