package dev.segment.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The chart a run draws: its size and the formats it is written in (at least one). */
record ChartSettings(ChartSize size, Set<ChartFormat> formats) {
  ChartSettings {
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("a chart needs at least one format");
    }
    formats = Set.copyOf(EnumSet.copyOf(formats));
  }

  ChartSettings(ChartSize size, List<ChartFormat> formats) {
    this(size, EnumSet.copyOf(formats));
  }

  boolean has(ChartFormat format) {
    return formats.contains(format);
  }

  /** These settings drawing {@code format} too (the workbook's PNG, whatever the files are). */
  ChartSettings with(ChartFormat format) {
    EnumSet<ChartFormat> more = EnumSet.copyOf(formats);
    more.add(format);
    return new ChartSettings(size, more);
  }
}
