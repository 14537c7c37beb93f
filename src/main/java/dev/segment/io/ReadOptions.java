package dev.segment.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How to read the input. An empty option means detect it; a column option is a header name (matched
 * exactly first, then after normalising) or a 1-based index such as {@code "3"}.
 *
 * @param arrColumn read annual amounts from this column instead of MRR (MRR = ARR / 12); it cannot
 *     be combined with {@code mrrColumn}
 * @param decimalComma read {@code 1.234,50} as 1234.50
 */
public record ReadOptions(
    Charset encoding,
    Optional<Character> delimiter,
    Optional<String> idColumn,
    Optional<String> mrrColumn,
    Optional<String> arrColumn,
    Optional<String> nameColumn,
    boolean decimalComma,
    KeepColumns keep) {

  public ReadOptions {
    if (encoding == null
        || delimiter == null
        || idColumn == null
        || mrrColumn == null
        || arrColumn == null
        || nameColumn == null
        || keep == null) {
      throw new NullPointerException("read options must not be null; use Optional.empty()");
    }
    if (mrrColumn.isPresent() && arrColumn.isPresent()) {
      throw new IllegalArgumentException(
          "--arr-column and --mrr-column cannot be used together: pick the one column"
              + " that holds the amounts");
    }
    if (delimiter.isPresent()) {
      char d = delimiter.get();
      if (d == '"' || d == '\r' || d == '\n') {
        throw new IllegalArgumentException(
            "the delimiter cannot be a quote or a line break; use one of , ; | or TAB");
      }
    }
  }

  /** UTF-8, delimiter and columns detected, a decimal point, no kept columns. */
  public static ReadOptions defaults() {
    return builder().build();
  }

  /** A builder that starts from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Read options set one at a time from the defaults; {@link #build} validates them together. */
  public static final class Builder {
    private Charset encoding = StandardCharsets.UTF_8;
    private Optional<Character> delimiter = Optional.empty();
    private Optional<String> idColumn = Optional.empty();
    private Optional<String> mrrColumn = Optional.empty();
    private Optional<String> arrColumn = Optional.empty();
    private Optional<String> nameColumn = Optional.empty();
    private boolean decimalComma;
    private KeepColumns keep = KeepColumns.NONE;

    private Builder() {}

    public Builder encoding(Charset value) {
      encoding = value;
      return this;
    }

    public Builder delimiter(char value) {
      delimiter = Optional.of(value);
      return this;
    }

    public Builder idColumn(String value) {
      idColumn = Optional.of(value);
      return this;
    }

    public Builder mrrColumn(String value) {
      mrrColumn = Optional.of(value);
      return this;
    }

    public Builder arrColumn(String value) {
      arrColumn = Optional.of(value);
      return this;
    }

    public Builder nameColumn(String value) {
      nameColumn = Optional.of(value);
      return this;
    }

    public Builder decimalComma(boolean value) {
      decimalComma = value;
      return this;
    }

    public Builder keep(KeepColumns value) {
      keep = value;
      return this;
    }

    public ReadOptions build() {
      return new ReadOptions(
          encoding, delimiter, idColumn, mrrColumn, arrColumn, nameColumn, decimalComma, keep);
    }
  }
}
