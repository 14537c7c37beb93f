package dev.segment.cli;

/** A file format the chart is written in, with its file name in {@code --out}. */
enum ChartFormat {
  PNG("pareto.png"),
  SVG("pareto.svg");

  private final String fileName;

  ChartFormat(String fileName) {
    this.fileName = fileName;
  }

  String fileName() {
    return fileName;
  }
}
