/**
 * Configuration from flags and environment, resolved once at start. Every value has a
 * safe default so that a fresh clone runs without a config file.
 */
export interface WaymarkConfig {
  /** PostgreSQL server URL; null selects the embedded database. */
  databaseUrl: string | null;
  /** Embedded data directory; null with no databaseUrl means in memory (tests). */
  dataDir: string | null;
  host: string;
  port: number;
  /** Sessions end after this long without a request. */
  idleTimeoutMs: number;
  /** Sessions end this long after sign-in, whatever the activity. */
  absoluteTimeoutMs: number;
  /** How long a break-glass grant lasts. */
  breakGlassMs: number;
  /** Failed sign-ins allowed for one username within the window before throttling. */
  signInFailureLimit: number;
  signInFailureWindowMs: number;
  /** Largest upload accepted, in bytes (later: imports). */
  maxUploadBytes: number;
  /** Cookies are Secure unless the site is served from localhost over plain HTTP. */
  secureCookies: boolean;
  /** Built web assets; null serves no web UI (API-only tests). */
  webRoot: string | null;
}

const MINUTE = 60_000;

export function configFromEnvironment(overrides: Partial<WaymarkConfig> = {}): WaymarkConfig {
  const env = process.env;
  const host = env.WAYMARK_HOST ?? "127.0.0.1";
  const isLocal = host === "127.0.0.1" || host === "localhost" || host === "::1";
  const base: WaymarkConfig = {
    databaseUrl: env.DATABASE_URL || null,
    dataDir: env.WAYMARK_DATA_DIR ?? "./data",
    host,
    port: Number(env.PORT ?? env.WAYMARK_PORT ?? 3000),
    idleTimeoutMs: 30 * MINUTE,
    absoluteTimeoutMs: 12 * 60 * MINUTE,
    breakGlassMs: 60 * MINUTE,
    signInFailureLimit: 10,
    signInFailureWindowMs: 5 * MINUTE,
    maxUploadBytes: Number(env.WAYMARK_MAX_UPLOAD_BYTES ?? 250 * 1024 * 1024),
    secureCookies: env.WAYMARK_SECURE_COOKIES ? env.WAYMARK_SECURE_COOKIES === "true" : !isLocal,
    webRoot: null,
  };
  return { ...base, ...overrides };
}
