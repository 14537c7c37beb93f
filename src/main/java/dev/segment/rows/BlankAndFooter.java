package dev.segment.rows;

import org.apache.commons.csv.CSVRecord;

/**
 * Blank lines and a CRM report's footer (a total row and the notes under it): counted, neither
 * customers nor skipped rows (SPEC "Input").
 */
public final class BlankAndFooter extends RowStep {
  private long blankLines;
  private long footerLines;
  private boolean inFooter;

  @Override
  public boolean take(Row row) {
    CSVRecord record = row.record;
    int first = firstNonBlank(record);
    if (first < 0) {
      blankLines++;
      return false;
    }
    if (FooterRows.isTotalLabel(record.get(first))) {
      inFooter = true;
      footerLines++;
      return false;
    }
    if (inFooter) {
      // Lines after a total that hold one cell are the export's notes; a full row is data again.
      // A note with an unquoted comma ("salesforce.com, inc.") still starts like a note.
      if (Row.firstNonBlankAfter(record, first) < 0 || FooterRows.isNote(record.get(first))) {
        footerLines++;
        return false;
      }
      inFooter = false;
    }
    return true;
  }

  @Override
  public void absorb(RowStep later, long lineOffset) {
    BlankAndFooter l = (BlankAndFooter) later;
    blankLines += l.blankLines;
    footerLines += l.footerLines;
  }

  /** The first non-blank cell of a record, or -1 when every cell is blank. */
  public static int firstNonBlank(CSVRecord record) {
    return Row.firstNonBlankAfter(record, -1);
  }

  public long blankLines() {
    return blankLines;
  }

  public long footerLines() {
    return footerLines;
  }

  /** True after a total row, where the next lines are read as the export's notes. */
  public boolean inFooter() {
    return inFooter;
  }
}
