package dev.segment.hints;

import static dev.segment.hints.CellHints.CANCEL_WORDS;
import static dev.segment.hints.CellHints.FLAG_NAMES;
import static dev.segment.hints.CellHints.NOT_PAYING;
import static dev.segment.hints.CellHints.PAYING;
import static dev.segment.hints.CellHints.holdsAny;
import static dev.segment.hints.CellHints.plain;
import static dev.segment.hints.CellHints.rows;
import static dev.segment.hints.CellHints.warning;

import dev.segment.hints.CellHints.Reading;
import dev.segment.model.ReadHint;
import dev.segment.model.ValueCounts;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Predicate;

/**
 * The status rules of {@link CellHints}: a status column by its values or a 0/1 flag by its name,
 * and, with no status column, cancellation dates on paying rows.
 */
final class StatusRules {
  private StatusRules() {}

  /**
   * Status by values or a 0/1 flag by name; true when the file has a status-like column (so the
   * cancellation-date rule stays quiet).
   */
  static boolean status(Reading r, List<ReadHint> out) {
    boolean statusLike = false;
    for (int c = 0; c < r.header().size(); c++) {
      ColumnCells cells = r.cells()[c];
      if (cells == null || c == r.id() || c == r.amount() || r.read().contains(c)) {
        continue;
      }
      String flagName = flagName(r.normal().get(c));
      Map<String, Long> values = cells.values();
      Map<String, Long> paying = cells.payingRows();
      boolean hasNotPaying = false;
      boolean hasPaying = false;
      StringJoiner keep = new StringJoiner(",");
      StringJoiner dropped = new StringJoiner(", ");
      Predicate<String> where = r.whereKeeps().get(c);
      boolean leftOut = false;
      for (Map.Entry<String, Long> e : values.entrySet()) {
        String p = plain(e.getKey());
        // A value whose rows all read 0 (a trial, a paused plan) changes no figure.
        if (NOT_PAYING.contains(p) && !PAYING.contains(p) && paying.get(e.getKey()) > 0) {
          hasNotPaying = true;
        }
        if (p.equals("active") || p.equals("live")) {
          hasPaying = true;
        }
        if (PAYING.contains(p)) {
          keep.add(e.getKey());
          if (where != null && !where.test(e.getKey())) {
            leftOut = true;
            dropped.add(e.getKey() + " (" + rows(e.getValue()) + ")");
          }
        }
      }
      if (hasPaying && (hasNotPaying || where != null)) {
        statusLike = true;
        if (where == null) {
          out.add(statusWarning(r, c, cells.counts(), keep.toString()));
        } else if (leftOut) {
          out.add(whereLeavesOut(r, c, dropped.toString(), keep.toString()));
        }
        continue;
      }
      if (flagName != null && flagValues(values.keySet())) {
        statusLike = true;
        boolean activeFlag = flagName.equals("active");
        StringJoiner keepFlag = new StringJoiner(",");
        boolean notPayingPresent = false;
        boolean flagLeftOut = false;
        for (String v : values.keySet()) {
          boolean yes = isYes(v);
          if (activeFlag == yes) {
            keepFlag.add(v);
            if (where != null && !where.test(v)) {
              flagLeftOut = true;
            }
          } else if (paying.get(v) > 0) {
            notPayingPresent = true;
          }
        }
        if (where == null && notPayingPresent && keepFlag.length() > 0) {
          out.add(statusWarning(r, c, cells.counts(), keepFlag.toString()));
        } else if (where != null && flagLeftOut) {
          out.add(whereLeavesOut(r, c, keepFlag.toString(), keepFlag.toString()));
        }
      }
      String n = r.normal().get(c);
      if (n.equals("status") || n.equals("state") || n.equals("subscriptionstatus")) {
        statusLike = true;
      }
    }
    return statusLike;
  }

  /** The name after a leading {@code is} or {@code has}, when it is one of SPEC's flag names. */
  private static String flagName(String normal) {
    String n = normal;
    if (n.startsWith("is") && FLAG_NAMES.contains(n.substring(2))) {
      n = n.substring(2);
    } else if (n.startsWith("has") && FLAG_NAMES.contains(n.substring(3))) {
      n = n.substring(3);
    }
    return FLAG_NAMES.contains(n) ? n : null;
  }

  private static boolean flagValues(Set<String> values) {
    if (values.isEmpty()) {
      return false;
    }
    String kind = null;
    for (String v : values) {
      String p = plain(v);
      String k =
          p.equals("0") || p.equals("1")
              ? "01"
              : p.equals("true") || p.equals("false")
                  ? "tf"
                  : p.equals("yes") || p.equals("no") ? "yn" : null;
      if (k == null || (kind != null && !kind.equals(k))) {
        return false;
      }
      kind = k;
    }
    return true;
  }

  private static boolean isYes(String v) {
    String p = plain(v);
    return p.equals("1") || p.equals("true") || p.equals("yes");
  }

  private static ReadHint statusWarning(Reading r, int c, ValueCounts counts, String keep) {
    String where = whereFor(r, c, keep);
    return warning(
        "status",
        "column \""
            + r.header().get(c)
            + "\" holds statuses, not all paying: "
            + Values.list(counts)
            + "; to read only the rows still paying, add --where \""
            + where
            + "\"",
        r.header().get(c),
        "--where");
  }

  private static ReadHint whereLeavesOut(Reading r, int c, String dropped, String keep) {
    return warning(
        "status",
        "the --where on \""
            + r.header().get(c)
            + "\" leaves out "
            + dropped
            + ", which still pays; keep it with --where \""
            + whereFor(r, c, keep)
            + "\"",
        r.header().get(c),
        "--where");
  }

  /** {@code COL=V1,V2}; a header holding {@code =} is named by its 1-based index. */
  private static String whereFor(Reading r, int c, String values) {
    String name = r.header().get(c).strip();
    String col = name.indexOf('=') >= 0 || name.isEmpty() ? String.valueOf(c + 1) : name;
    return col + "=" + values;
  }

  /** A cancel, churn, ended or expire column holding dates on some rows only. */
  static void cancelDates(Reading r, List<ReadHint> out) {
    for (int c = 0; c < r.header().size(); c++) {
      ColumnCells cells = r.cells()[c];
      if (cells == null
          || c == r.id()
          || c == r.amount()
          || r.read().contains(c)
          || !holdsAny(r.normal().get(c), CANCEL_WORDS)) {
        continue;
      }
      Predicate<String> where = r.whereKeeps().get(c);
      if (where != null && where.test("")) {
        continue;
      }
      if (cells.datedPaying() > 0 && cells.dates() == cells.nonEmpty() && cells.empty() > 0) {
        out.add(
            warning(
                "status",
                "column \""
                    + r.header().get(c)
                    + "\" holds dates on "
                    + rows(cells.dates())
                    + " and is empty on "
                    + rows(cells.empty())
                    + ": rows with a date may no longer pay; to read only the others, add --where"
                    + " \""
                    + whereFor(r, c, "")
                    + "\"",
                r.header().get(c),
                "--where"));
        return;
      }
    }
  }
}
