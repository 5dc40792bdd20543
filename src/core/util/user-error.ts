/**
 * An error whose message is for the person, in Vietnamese: shown as it is, without a stack
 * trace (the command line exits with 1). Any layer may throw it; only the outermost catches it.
 * `underlying` is the error behind it (ExcelJS's, the file system's), printed in full with the
 * command line's --debug or SCT_DEBUG=1.
 */
export class UserError extends Error {
  override name = 'UserError';

  constructor(
    message: string,
    readonly underlying?: unknown,
  ) {
    super(message);
  }
}
