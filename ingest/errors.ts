// One error family for the whole tool: a short code, a one-line message and a hint on what to do.
// Only the CLI prints them; everything else throws or returns them.

export class KgError extends Error {
  override name = "KgError";
  constructor(
    public code: string,
    message: string,
    public hint?: string,
  ) {
    super(message);
  }
  /** The one line a user sees. */
  line(): string {
    return this.hint ? `${this.message} — ${this.hint}` : this.message;
  }
}

/** A bad input file or record: unreadable, binary, invalid UTF-8, too large, malformed JSON. */
export class InputError extends KgError {
  override name = "InputError";
}
/** The store cannot be opened, reached or authenticated against, or refused a write. */
export class StoreError extends KgError {
  override name = "StoreError";
}
/** Unknown query, bad parameter, refused (writing) Cypher. */
export class QueryError extends KgError {
  override name = "QueryError";
}
/** Wrong command-line use or configuration. */
export class UsageError extends KgError {
  override name = "UsageError";
}
