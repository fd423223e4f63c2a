/** A failure the user can act on: main prints the Dutch message without a stack trace and exits 1. */
export class CliError extends Error {
  override name = 'CliError';
}
