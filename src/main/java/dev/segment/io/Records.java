package dev.segment.io;

import dev.segment.model.DataException;
import dev.segment.text.PrintableText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The records of one CSV stream in input order, each with the physical line it starts on. */
interface Records {
  /** The next record, or null at the end. */
  CSVRecord next() throws IOException;

  /** The first physical line of the record {@link #next()} returned (or failed on) last. */
  long line();

  /**
   * {@code raw}'s records, with a parser failure turned into a {@link DataException} that names
   * {@code label} and the line of the record it broke.
   */
  static Records labelled(Records raw, String label) {
    return new Records() {
      @Override
      public CSVRecord next() throws IOException {
        try {
          return raw.next();
        } catch (UncheckedIOException e) {
          IOException cause = e.getCause();
          if (cause instanceof CSVException) {
            throw new DataException(label + ": line " + raw.line() + ": " + describe(cause), cause);
          }
          throw cause;
        }
      }

      @Override
      public long line() {
        return raw.line();
      }
    };
  }

  /** The records of {@code parser}, parsed on the caller's thread. */
  static Records inline(CSVParser parser, DecodingReader decoding) {
    return new Records() {
      private final Iterator<CSVRecord> records = parser.iterator();
      private long line = 1;

      @Override
      public CSVRecord next() {
        line = parser.getCurrentLineNumber() + 1;
        decoding.recordStarts(line);
        return records.hasNext() ? records.next() : null;
      }

      @Override
      public long line() {
        return line;
      }
    };
  }

  /**
   * Commons CSV's failure in segment's words. The line is named where Commons CSV gives it (its
   * {@code (startline N)}): the input's reader names the record's line itself.
   */
  static String describeWithLine(IOException csvError) {
    java.util.regex.Matcher start =
        java.util.regex.Pattern.compile("\\(startline (\\d+)\\)")
            .matcher(String.valueOf(csvError.getMessage()));
    return (start.find() ? "line " + start.group(1) + ": " : "") + describe(csvError);
  }

  private static String describe(IOException csvError) {
    String message = String.valueOf(csvError.getMessage());
    if (message.contains("EOF reached before encapsulated token finished")) {
      return "a quoted field is never closed: its opening quote runs on to the end of the input";
    }
    if (message.contains("Invalid char between encapsulated token and delimiter")) {
      return "a quoted field has text after its closing quote (a quote inside a quoted"
          + " field is written twice: \"\")";
    }
    return "this is not valid CSV (" + PrintableText.clip(message) + ")";
  }
}
