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
      throw new IllegalArgumentException("--mrr-column and --arr-column cannot be combined");
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
    return new ReadOptions(
        StandardCharsets.UTF_8,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        KeepColumns.NONE);
  }

  public ReadOptions withEncoding(Charset value) {
    return new ReadOptions(
        value, delimiter, idColumn, mrrColumn, arrColumn, nameColumn, decimalComma, keep);
  }

  public ReadOptions withDelimiter(char value) {
    return new ReadOptions(
        encoding,
        Optional.of(value),
        idColumn,
        mrrColumn,
        arrColumn,
        nameColumn,
        decimalComma,
        keep);
  }

  public ReadOptions withIdColumn(String value) {
    return new ReadOptions(
        encoding,
        delimiter,
        Optional.of(value),
        mrrColumn,
        arrColumn,
        nameColumn,
        decimalComma,
        keep);
  }

  public ReadOptions withMrrColumn(String value) {
    return new ReadOptions(
        encoding,
        delimiter,
        idColumn,
        Optional.of(value),
        arrColumn,
        nameColumn,
        decimalComma,
        keep);
  }

  public ReadOptions withArrColumn(String value) {
    return new ReadOptions(
        encoding,
        delimiter,
        idColumn,
        mrrColumn,
        Optional.of(value),
        nameColumn,
        decimalComma,
        keep);
  }

  public ReadOptions withNameColumn(String value) {
    return new ReadOptions(
        encoding,
        delimiter,
        idColumn,
        mrrColumn,
        arrColumn,
        Optional.of(value),
        decimalComma,
        keep);
  }

  public ReadOptions withDecimalComma(boolean value) {
    return new ReadOptions(
        encoding, delimiter, idColumn, mrrColumn, arrColumn, nameColumn, value, keep);
  }

  public ReadOptions withKeep(KeepColumns value) {
    return new ReadOptions(
        encoding, delimiter, idColumn, mrrColumn, arrColumn, nameColumn, decimalComma, value);
  }
}
