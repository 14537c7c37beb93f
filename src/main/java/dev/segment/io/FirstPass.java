package dev.segment.io;

import dev.segment.dates.CellDates;
import dev.segment.dates.EndConventions;
import dev.segment.dates.LatestVersions;
import dev.segment.dates.PeriodEnd;
import dev.segment.model.DataException;
import dev.segment.model.InputSummary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The read before the read, for the options that need every row first: {@code --latest} (which row
 * of each key is newest, known only once all rows and the kind of their ORDER cells are seen) and
 * {@code --period-columns} without {@code --period-end} (the END convention the whole-month rows
 * show). Only the KEY, ORDER, START and END cells are read; rows are numbered by their ordinal
 * after the header, as {@link RowTally} numbers them.
 */
final class FirstPass {
  private FirstPass() {}

  /** {@code options} with what a first pass over {@code file} found. */
  static ReadOptions run(Path file, String source, ReadOptions options) throws IOException {
    String label = InputSummary.nameOf(source);
    try (InputStream in = Files.newInputStream(file)) {
      DecodingReader decoding = new DecodingReader(in, options.encoding(), label);
      BufferedReader text = new BufferedReader(decoding, DelimiterSniffer.SAMPLE_CHARS + 1);
      text.mark(DelimiterSniffer.SAMPLE_CHARS + 1);
      Optional<Character> hint = SepLine.read(text);
      text.reset();
      char delimiter;
      if (options.delimiter().isPresent()) {
        delimiter = options.delimiter().get();
      } else if (hint.isPresent()) {
        delimiter = hint.get();
      } else {
        delimiter = ReadSteps.sniff(text);
        text.reset();
      }
      try (CSVParser parser =
          CSVParser.builder().setReader(text).setFormat(ReadSteps.format(delimiter)).get()) {
        Records records = Records.labelled(Records.inline(parser, decoding), label);
        if (hint.isPresent()) {
          records.next(); // Excel's sep= line, as the read itself skips it
        }
        return scan(records, options, label);
      }
    }
  }

  /**
   * {@code options} with what the records of a whole input, header first, show: any reader of
   * records (a workbook's too) runs this before its tally when {@link
   * LedgerOptions#needsFirstPass()}.
   */
  static ReadOptions scan(Records records, ReadOptions options, String label) throws IOException {
    LedgerOptions ledger = options.ledger();
    ReadSteps.Header header = ReadSteps.Header.read(records, options, label);
    List<String> names = header.names();
    int key = -1;
    int order = -1;
    LatestVersions versions = null;
    if (ledger.latest().isPresent()) {
      key = ColumnResolver.column(names, label, "--latest", ledger.latest().get().get(0));
      order = ColumnResolver.column(names, label, "--latest", ledger.latest().get().get(1));
      versions = new LatestVersions(ledger.dateFormat());
    }
    int start = -1;
    int end = -1;
    EndConventions ends = null;
    if (ledger.periodColumns().isPresent() && ledger.periodEnd().isEmpty()) {
      List<String> pair = ledger.periodColumns().get();
      start = ColumnResolver.column(names, label, "--period-columns", pair.get(0));
      end = ColumnResolver.column(names, label, "--period-columns", pair.get(1));
      ends = new EndConventions();
    }
    long ordinal = 0;
    CSVRecord row;
    while ((row = records.next()) != null) {
      int size = row.size();
      if (versions != null) {
        versions.add(cell(row, size, key), cell(row, size, order), ordinal);
      }
      if (ends != null) {
        int s = CellDates.epochDay(cell(row, size, start), ledger.dateFormat());
        int e = CellDates.epochDay(cell(row, size, end), ledger.dateFormat());
        if (CellDates.isDate(s) && CellDates.isDate(e)) {
          ends.add(s, e, records.line());
        }
      }
      ordinal++;
    }
    Optional<PeriodEnd> found = Optional.empty();
    if (ends != null) {
      if (ends.undecided()) {
        throw new DataException(
            label
                + ": "
                + (ends.exclusive() > 0
                    ? EndMessages.both(ends.firstExclusive(), ends.firstInclusive())
                    : EndMessages.none()));
      }
      found = ends.found();
    }
    BitSet older = versions == null ? new BitSet() : versions.olderVersions();
    String comparedAs = versions == null ? "" : versions.comparedAs();
    return options.withLedger(ledger.with(new LedgerOptions.Found(found, older, comparedAs)));
  }

  private static String cell(CSVRecord row, int size, int column) {
    return column < size ? row.get(column) : "";
  }
}
