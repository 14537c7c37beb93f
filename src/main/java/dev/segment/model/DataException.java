package dev.segment.model;

/**
 * Input that cannot be used as it is: a missing or ambiguous column, unreadable CSV text, mixed
 * currencies, a strict violation. The message is one sentence for the user; the CLI exits 3.
 */
public final class DataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DataException(String message) {
    super(message);
  }

  public DataException(String message, Throwable cause) {
    super(message, cause);
  }
}
