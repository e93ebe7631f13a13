// Prisma driver adapter for the embedded SQLite database, on libsql's synchronous Database: one
// connection per adapter (so per process), used by one caller at a time. Plain module: the app,
// prisma.config.ts and the scripts all use it.
// Conversions, column types and error mapping: from @prisma/adapter-libsql 6.19.3 (Apache-2.0).
import Database from "libsql";
import {
  ColumnTypeEnum,
  DriverAdapterError,
  type ArgType,
  type ColumnType,
  type IsolationLevel,
  type MappedError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";

type Connection = Database.Database;
type Value = null | number | bigint | string | ArrayBuffer;

const ADAPTER_NAME = "wishwell-sqlite";

/** A connection with the settings every use relies on. WAL is kept in the file (scripts/sqlite-wal.ts). */
export function openSqlite(file: string): Connection {
  const db = new Database(file);
  db.prepare("PRAGMA busy_timeout = 5000").get(); // wait for another process's write instead of failing at once
  db.prepare("PRAGMA synchronous = NORMAL").get(); // WAL: no fsync per commit (0.93 → 0.07 ms a commit, on the event loop)
  return db;
}

export class SqliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName = ADAPTER_NAME;
  constructor(private readonly file: string) {}
  connect() {
    return Promise.resolve(new SqliteAdapter(this.file));
  }
  connectToShadowDb() {
    return Promise.resolve(new SqliteAdapter(":memory:"));
  }
}

class SqliteAdapter implements SqlDriverAdapter {
  readonly provider = "sqlite";
  readonly adapterName = ADAPTER_NAME;
  #db: Connection;
  #disposed = false;
  // SQLite has one writer and WAL lets readers go on, so one connection serves the process: a
  // transaction holds it from BEGIN to COMMIT/ROLLBACK, every other query waits its turn (FIFO).
  #queue: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {
    this.#db = openSqlite(file); // opened now: a missing directory or bad file fails at connect
  }

  #turn(): Promise<() => void> {
    const before = this.#queue;
    let release!: () => void;
    this.#queue = new Promise<void>((r) => (release = r));
    return before.then(() => release);
  }

  // Reopened only after a discard (below): a new connection re-reads the whole schema.
  #connection(): Connection {
    if (this.#disposed) throw new DriverAdapterError({ kind: "ConnectionClosed" });
    if (!this.#db.open) this.#db = openSqlite(this.file);
    return this.#db;
  }

  /** Runs fn on the connection (or on a transaction's), with driver errors as Prisma's. */
  #use<T>(fn: (db: Connection) => T, db?: Connection): T {
    try {
      db ??= this.#connection();
      return fn(db);
    } catch (e) {
      // A statement that met SQLITE_BUSY can leave its connection holding the write lock once the same
      // SQL runs on it again (a libsql bug), locking out every other process: close it, never reuse it.
      if (db && /^SQLITE_(BUSY|LOCKED)/.test(String((e as { code?: unknown })?.code))) discard(db);
      throw toAdapterError(e);
    }
  }

  async #inTurn<T>(fn: (db: Connection) => T): Promise<T> {
    const release = await this.#turn();
    try {
      return this.#use(fn);
    } finally {
      release();
    }
  }

  queryRaw(query: SqlQuery) {
    return this.#inTurn((db) => toResultSet(execute(db, query)));
  }

  executeRaw(query: SqlQuery) {
    return this.#inTurn((db) => execute(db, query).changes);
  }

  // Migrations: a multi-statement script in one call.
  executeScript(script: string) {
    return this.#inTurn((db) => void db.exec(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE")
      throw new DriverAdapterError({ kind: "InvalidIsolationLevel", level: isolationLevel });
    const release = await this.#turn();
    try {
      // DEFERRED, as adapter-libsql: the write lock is taken by the first write, not by BEGIN.
      const db = this.#use((db) => {
        db.exec("BEGIN DEFERRED");
        return db;
      });
      return new SqliteTransaction(db, (fn) => this.#use(fn, db), release);
    } catch (e) {
      release();
      throw e;
    }
  }

  getConnectionInfo() {
    return { supportsRelationJoins: false };
  }

  dispose() {
    this.#disposed = true;
    if (this.#db.open) this.#db.close();
    return Promise.resolve();
  }
}

class SqliteTransaction implements Transaction {
  readonly provider = "sqlite";
  readonly adapterName = ADAPTER_NAME;
  // Prisma sends no BEGIN/COMMIT of its own: startTransaction began it, commit() and rollback() end it.
  readonly options = { usePhantomQuery: true };
  #ended = false;

  constructor(
    private readonly db: Connection,
    private readonly use: <T>(fn: (db: Connection) => T) => T,
    private readonly release: () => void,
  ) {}

  // Discarded after SQLITE_BUSY (see #use), or rolled back by SQLite itself after some errors: what
  // follows must not run outside the transaction.
  #open() {
    if (this.#ended || !this.db.open || !this.db.inTransaction)
      throw new DriverAdapterError({ kind: "TransactionAlreadyClosed", cause: "the transaction was rolled back" });
  }

  async queryRaw(query: SqlQuery) {
    this.#open();
    return this.use((db) => toResultSet(execute(db, query)));
  }

  async executeRaw(query: SqlQuery) {
    this.#open();
    return this.use((db) => execute(db, query).changes);
  }

  async commit() {
    try {
      this.#open();
      this.use((db) => db.exec("COMMIT"));
    } finally {
      this.#end();
    }
  }

  // As adapter-libsql, a failed rollback is not reported: #end discards that connection instead.
  async rollback() {
    this.#end();
  }

  // Once only. A transaction still open here (rollback, or a COMMIT that failed) is rolled back, so
  // the connection goes back to the others clean.
  #end() {
    if (this.#ended) return;
    this.#ended = true;
    try {
      if (this.db.open && this.db.inTransaction) this.db.exec("ROLLBACK");
    } catch {
      discard(this.db); // it must not stay in the transaction: the adapter opens a new one
    } finally {
      this.release();
    }
  }
}

/** Closed without fail, its transaction (and any lock) given up. */
function discard(db: Connection) {
  try {
    if (db.inTransaction) db.exec("ROLLBACK");
  } catch {
    // closing rolls back too
  }
  try {
    db.close();
  } catch {
    // already unusable: dropping it is all that matters
  }
}

function execute(db: Connection, query: SqlQuery) {
  const stmt = db.prepare(query.sql);
  stmt.safeIntegers(true); // exact 64-bit integers; fromSql below turns the safe ones into numbers
  const args = query.args.map((arg, i) => toSql(mapArg(arg, query.argTypes[i])));
  if (!stmt.reader) return { columns: [], declaredTypes: [], rows: [], changes: stmt.run(args).changes };
  stmt.raw(true);
  const columns = stmt.columns();
  const rows = (stmt.all(args) as unknown[][]).map((row) => row.map(fromSql));
  return { columns: columns.map((c) => c.name), declaredTypes: columns.map((c) => c.type ?? ""), rows, changes: 0 };
}

function toResultSet({ columns, declaredTypes, rows }: ReturnType<typeof execute>): SqlResultSet {
  const columnTypes = getColumnTypes(declaredTypes, rows);
  return { columnNames: columns, columnTypes, rows: rows.map((row) => mapRow(row, columnTypes)) };
}

// What @libsql/client did between Prisma's arguments and the driver (the driver aborts the process
// on a boolean, Date or ArrayBuffer), and back: integers as numbers, as its default intMode "number".
function toSql(value: unknown): unknown {
  if (typeof value === "number" && !Number.isFinite(value))
    throw new RangeError("Only finite numbers (not Infinity or NaN) can be passed as arguments");
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  if (value instanceof Date) return value.valueOf();
  if (value === undefined) throw new TypeError("undefined cannot be passed as argument to the database");
  return value;
}

// Outside the safe range it stays a bigint (so an Int64, handed to Prisma as a string) where
// @libsql/client threw a RangeError.
function fromSql(value: unknown): Value {
  if (typeof value === "bigint" && value >= Number.MIN_SAFE_INTEGER && value <= Number.MAX_SAFE_INTEGER) return Number(value);
  return value as Value;
}

// ---- From @prisma/adapter-libsql 6.19.3 (src/conversion.ts, src/errors.ts), types added ----

const T = ColumnTypeEnum;
const DECLARED_TYPES = new Map<string, ColumnType>(
  (
    [
      [T.Numeric, "DECIMAL"],
      [T.Float, "FLOAT"],
      [T.Double, "DOUBLE|DOUBLE PRECISION|NUMERIC|REAL"],
      [T.Int32, "TINYINT|SMALLINT|MEDIUMINT|INT|INTEGER|SERIAL|INT2"],
      [T.Int64, "BIGINT|UNSIGNED BIG INT|INT8"],
      [T.DateTime, "DATETIME|TIMESTAMP"],
      [T.Time, "TIME"],
      [T.Date, "DATE"],
      [T.Text, "TEXT|CLOB|CHARACTER|VARCHAR|VARYING CHARACTER|NCHAR|NATIVE CHARACTER|NVARCHAR"],
      [T.Bytes, "BLOB"],
      [T.Boolean, "BOOLEAN"],
      [T.Json, "JSONB"],
    ] as const
  ).flatMap(([type, names]) => names.split("|").map((name) => [name, type] as const)),
);

// Declared types first; an expression column (no declared type) by its first non-null value.
function getColumnTypes(declaredTypes: string[], rows: Value[][]): ColumnType[] {
  return declaredTypes.map((declared, i) => {
    const mapped = DECLARED_TYPES.get(declared.toUpperCase());
    if (mapped !== undefined) return mapped;
    const value = rows.find((row) => row[i] !== null)?.[i];
    return value === undefined || value === null ? T.Int32 : inferColumnType(value);
  });
}

function inferColumnType(value: NonNullable<Value>): ColumnType {
  if (typeof value === "string") return T.Text;
  if (typeof value === "bigint") return T.Int64;
  if (typeof value === "number") return T.UnknownNumber;
  return T.Bytes; // an ArrayBuffer: the driver gives no other type
}

function mapRow(row: Value[], columnTypes: ColumnType[]): unknown[] {
  return row.map((value, i) => {
    if (value instanceof ArrayBuffer) return Array.from(new Uint8Array(value));
    const type = columnTypes[i];
    if (typeof value === "number" && (type === T.Int32 || type === T.Int64) && !Number.isInteger(value)) return Math.trunc(value);
    if ((typeof value === "number" || typeof value === "bigint") && type === T.DateTime) return new Date(Number(value)).toISOString();
    if (typeof value === "bigint") return value.toString();
    return value;
  });
}

// timestampFormat "iso8601", adapter-libsql's default.
function mapArg(arg: unknown, argType: ArgType | undefined): unknown {
  if (arg === null) return null;
  if (typeof arg === "string" && argType?.scalarType === "bigint") return BigInt(arg);
  if (typeof arg === "string" && argType?.scalarType === "decimal") return Number.parseFloat(arg);
  if (typeof arg === "string" && argType?.scalarType === "datetime") arg = new Date(arg);
  if (arg instanceof Date) return arg.toISOString().replace("Z", "+00:00");
  if (typeof arg === "string" && argType?.scalarType === "bytes") return Buffer.from(arg, "base64");
  if (Array.isArray(arg) && argType?.scalarType === "bytes") return new Uint8Array(arg);
  return arg;
}

const SQLITE_BUSY = 5;
const PRIMARY_ERROR_CODE_MASK = 0xff;

// A driver error (code, message, rawCode) becomes the DriverAdapterError Prisma maps onto its P-codes;
// anything else (a bug) is thrown as it is.
function toAdapterError(e: unknown): unknown {
  const error = e as { code?: unknown; message?: unknown; rawCode?: unknown };
  if (typeof error?.code !== "string" || typeof error.message !== "string") return e;
  if (error.rawCode !== undefined && typeof error.rawCode !== "number") return e;
  // @libsql/client prefixed the code to a SqliteError's message ("SQLITE_BUSY: database is locked"):
  // kept, so Prisma's messages (and what lib/unavailable.ts matches on) stay as they were.
  const message = e instanceof Database.SqliteError ? `${error.code}: ${error.message}` : error.message;
  return new DriverAdapterError({
    originalCode: error.rawCode?.toString(),
    originalMessage: message,
    ...mapDriverError(error.rawCode ?? 1, message),
  });
}

function mapDriverError(rawCode: number, message: string): MappedError {
  const fields = () =>
    message
      .split("constraint failed: ")
      .at(1)
      ?.split(", ")
      .map((field) => field.split(".").pop()!);
  switch (rawCode) {
    case 2067:
    case 1555: {
      const f = fields();
      return { kind: "UniqueConstraintViolation", constraint: f !== undefined ? { fields: f } : undefined };
    }
    case 1299: {
      const f = fields();
      return { kind: "NullConstraintViolation", constraint: f !== undefined ? { fields: f } : undefined };
    }
    case 787:
    case 1811:
      return { kind: "ForeignKeyConstraintViolation", constraint: { foreignKey: {} } };
    default:
      if ((rawCode & PRIMARY_ERROR_CODE_MASK) === SQLITE_BUSY) return { kind: "SocketTimeout" };
      if (message.startsWith("no such table")) return { kind: "TableDoesNotExist", table: message.split(": ").at(1) };
      if (message.startsWith("no such column")) return { kind: "ColumnNotFound", column: message.split(": ").at(1) };
      if (message.includes("has no column named ")) return { kind: "ColumnNotFound", column: message.split("has no column named ").at(1) };
      return { kind: "sqlite", extendedCode: rawCode, message };
  }
}
