package dev.segment.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rows skipped while reading, per reason, with the first few line numbers of each. */
public record SkippedRows(List<Tally> tallies) {
  /** How many line numbers each reason keeps. */
  public static final int FIRST_LINES = 5;

  public SkippedRows {
    tallies = List.copyOf(tallies);
  }

  /**
   * The rows skipped for one reason; {@code firstLines} are 1-based physical line numbers, {@code
   * firstValue} the cell at fault on the first of them where the reason names one (a bad date).
   */
  public record Tally(
      SkipReason reason, long count, List<Long> firstLines, Optional<String> firstValue) {
    public Tally {
      firstLines = List.copyOf(firstLines);
      if (firstValue == null) {
        throw new NullPointerException("firstValue must not be null; use Optional.empty()");
      }
    }

    public Tally(SkipReason reason, long count, List<Long> firstLines) {
      this(reason, count, firstLines, Optional.empty());
    }
  }

  public long total() {
    long n = 0;
    for (Tally t : tallies) {
      n += t.count();
    }
    return n;
  }

  public boolean isEmpty() {
    return tallies.isEmpty();
  }

  /** Counts skipped rows as they are read. */
  public static final class Collector {
    private final Map<SkipReason, long[]> counts = new EnumMap<>(SkipReason.class);
    private final Map<SkipReason, List<Long>> lines = new EnumMap<>(SkipReason.class);
    private final Map<SkipReason, String> values = new EnumMap<>(SkipReason.class);

    /** Skips a row naming the cell at fault: the first such cell is kept for the skip line. */
    public void skip(SkipReason reason, long line, String value) {
      values.putIfAbsent(reason, value);
      skip(reason, line);
    }

    public void skip(SkipReason reason, long line) {
      counts.computeIfAbsent(reason, r -> new long[1])[0]++;
      List<Long> first = lines.computeIfAbsent(reason, r -> new ArrayList<>());
      if (first.size() < FIRST_LINES) {
        first.add(line);
      }
    }

    /**
     * Adds the rows {@code later} skipped, whose lines follow this collector's and are numbered
     * {@code lineOffset} lower than in the whole input.
     */
    public void absorb(Collector later, long lineOffset) {
      for (Map.Entry<SkipReason, String> e : later.values.entrySet()) {
        values.putIfAbsent(e.getKey(), e.getValue());
      }
      for (Map.Entry<SkipReason, long[]> e : later.counts.entrySet()) {
        SkipReason reason = e.getKey();
        counts.computeIfAbsent(reason, r -> new long[1])[0] += e.getValue()[0];
        List<Long> first = lines.computeIfAbsent(reason, r -> new ArrayList<>());
        for (long line : later.lines.get(reason)) {
          if (first.size() < FIRST_LINES) {
            first.add(line + lineOffset);
          }
        }
      }
    }

    public SkippedRows result() {
      List<Tally> out = new ArrayList<>();
      for (Map.Entry<SkipReason, long[]> e : counts.entrySet()) {
        out.add(
            new Tally(
                e.getKey(),
                e.getValue()[0],
                lines.get(e.getKey()),
                Optional.ofNullable(values.get(e.getKey()))));
      }
      return new SkippedRows(out);
    }
  }
}
