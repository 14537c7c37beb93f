package dev.segment.io;

import dev.segment.model.DataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a small side file that segment wrote or a user typed (an earlier {@code tiers.csv}, a pin
 * list): UTF-8, comma-separated, each record with its line number, all in memory or one at a time.
 */
final class SmallCsv {
  /** One record and the 1-based line it starts on. */
  record Row(List<String> cells, long line) {}

  private SmallCsv() {}

  /**
   * A missing file or a folder is a file-system failure; bad CSV text, bytes that are not UTF-8 and
   * a binary file are data errors naming {@code option}.
   */
  static List<Row> read(Path path, String what, String option) throws IOException {
    List<Row> rows = new ArrayList<>();
    each(path, what, option, rows::add);
    return rows;
  }

  /** Takes one record at a time, so a large file is never held whole. */
  @FunctionalInterface
  interface RowHandler {
    void take(Row row) throws IOException;
  }

  /** Like {@link #read}, handing each record to {@code handler} as it is read. */
  static void each(Path path, String what, String option, RowHandler handler) throws IOException {
    if (Files.isDirectory(path)) {
      throw OptionFileException.folder(option, path, what);
    }
    // Not "!exists": a file in a folder segment may not enter is there, and opening it says so.
    if (Files.notExists(path)) {
      throw new NoSuchFileException(path.toString(), null, "no such file");
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    InputStream opened;
    try {
      opened = Files.newInputStream(path);
    } catch (FileSystemException e) {
      throw new OptionFileException(option, path, e);
    }
    try (InputStream in = opened;
        DecodingReader decoding = DecodingReader.optionFile(in, path.toString(), option);
        CSVParser parser = CSVParser.builder().setReader(decoding).setFormat(format).get()) {
      // Blank lines come through as one empty cell, so line breaks before a record count lines.
      long linesBefore = 0;
      for (CSVRecord record : parser) {
        long line = linesBefore + 1;
        linesBefore = parser.getCurrentLineNumber();
        // The record limit is per record: without this a whole earlier tiers.csv over 32 Mi
        // characters (a million customers) read as one runaway record.
        decoding.recordStarts(linesBefore + 1);
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        handler.take(new Row(record.toList(), line));
      }
    } catch (CSVException e) {
      throw notCsv(path, option, e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CSVException csv) {
        throw notCsv(path, option, csv);
      }
      throw e.getCause();
    }
  }

  private static DataException notCsv(Path path, String option, CSVException e) {
    return new DataException(
        "the "
            + option
            + " file "
            + path
            + " is not readable as CSV: "
            + Records.describeWithLine(e),
        e);
  }
}
