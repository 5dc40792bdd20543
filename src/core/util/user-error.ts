/**
 * An error whose message is for the person, in Vietnamese: shown as it is, without a stack
 * trace (the command line exits with 1). Any layer may throw it; only the outermost catches it.
 */
export class UserError extends Error {
  override name = 'UserError';
}
