/** A CLI failure with a stable code, printed as `error <code>: <message>` with exit status 1. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "CliError";
  }
}
