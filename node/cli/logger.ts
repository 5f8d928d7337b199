/** Structured JSON logs (pino) on stdout; `pretty` off by default so logs stay machine-readable. */
import { type Logger, pino } from "pino";

export function createLogger(level = process.env.POCO_LOG_LEVEL ?? "info"): Logger {
  return pino({ level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime });
}
