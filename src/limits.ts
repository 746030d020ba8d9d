// Limits shared by the CLI and the readers (a module of its own: the CLI must not load the readers to print --help).

/** Default --max-size: files above it are refused (TOO_LARGE) before they are read. */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
