package dev.segment.cli;

import dev.segment.analysis.Segmenter;
import dev.segment.chart.PhoneChart;
import dev.segment.io.CustomerCsvReader;
import dev.segment.io.OutputFolder;
import dev.segment.io.PinFile;
import dev.segment.io.PreviousTiersFile;
import dev.segment.io.ReadResult;
import dev.segment.io.WorkbookReader;
import dev.segment.model.DataException;
import dev.segment.model.Groups;
import dev.segment.model.InputSummary;
import dev.segment.model.Movements;
import dev.segment.model.PreviousTiers;
import dev.segment.model.Retention;
import dev.segment.model.SegmentPlan;
import dev.segment.model.SegmentReport;
import dev.segment.model.Sweep;
import dev.segment.report.ChangesCsv;
import dev.segment.report.HtmlReport;
import dev.segment.report.InputNotes;
import dev.segment.report.JsonReport;
import dev.segment.report.RetentionCsv;
import dev.segment.report.SegmentsCsv;
import dev.segment.report.SkippedText;
import dev.segment.report.SweepCsv;
import dev.segment.report.TerminalReport;
import dev.segment.report.TiersCsv;
import dev.segment.report.Workbook;
import dev.segment.text.PrintableText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One run: read, rank, cut, write the files, print the report. */
final class SegmentJob {
  private static final String HTML = "report.html";

  private final Settings settings;
  private final PrintWriter out;
  private final PrintWriter err;
  private final InputStream stdin;
  private final long xlsxCustomers;
  private final SourceChoice.Outcome source;

  SegmentJob(Settings settings, InputStream stdin, PrintWriter out, PrintWriter err) {
    this(settings, stdin, out, err, Workbook.MAX_CUSTOMERS, SourceChoice.Outcome.NONE);
  }

  /** A job reading a known export ({@code --source}, named or recognised). */
  SegmentJob(
      Settings settings,
      InputStream stdin,
      PrintWriter out,
      PrintWriter err,
      SourceChoice.Outcome source) {
    this(settings, stdin, out, err, Workbook.MAX_CUSTOMERS, source);
  }

  /** A job whose workbook holds at most {@code xlsxCustomers}: tests need no million rows. */
  SegmentJob(
      Settings settings, InputStream stdin, PrintWriter out, PrintWriter err, long xlsxCustomers) {
    this(settings, stdin, out, err, xlsxCustomers, SourceChoice.Outcome.NONE);
  }

  private SegmentJob(
      Settings settings,
      InputStream stdin,
      PrintWriter out,
      PrintWriter err,
      long xlsxCustomers,
      SourceChoice.Outcome source) {
    this.source = source;
    this.settings = settings;
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.xlsxCustomers = xlsxCustomers;
  }

  int run() throws IOException {
    try (Progress progress = Progress.forRun(settings.quiet())) {
      return run(progress);
    }
  }

  private int run(Progress progress) throws IOException {
    PhaseTimes times = new PhaseTimes();
    if (!settings.quiet()) {
      // Before the read: a long read shows which options it stands for while it runs.
      source.stderrLine().ifPresent(line -> Errors.print(err, line));
    }
    ChartDrawing drawing = settings.chart().isPresent() ? ChartDrawing.warmUp() : null;
    ReadResult read;
    try {
      read = read(progress);
    } catch (DataException e) {
      throw source.explain(e);
    }
    times.mark("read");
    progress.phase("ranking");
    InputSummary input = source.apply(read.summary());
    if (settings.strict() && !input.skipped().isEmpty()) {
      throw new DataException(Messages.strict(input) + hint(input));
    }
    List<String> doubts = InputNotes.warnings(input);
    if (settings.strict() && !doubts.isEmpty()) {
      // The warnings are the reason: listed one a line (even under --quiet), then the refusal.
      doubts.forEach(w -> Errors.print(err, w));
      throw new DataException(Messages.strictDoubt(input, doubts.size()));
    }
    SegmentPlan plan = plan();
    Segmenter.Ranked ranked = Segmenter.rank(read.customers(), plan);
    if (ranked.curve().curve().size() == 0) {
      throw new DataException(
          Messages.noCustomers(input, ranked.curve().exclusions(), plan.pins().isPresent())
              + hint(input));
    }
    SegmentReport report = Segmenter.report(ranked, input, plan);
    if (settings.xlsx()) {
      // Before the folder is touched: a run that cannot write the workbook writes nothing.
      Workbook.requireFits(Workbook.rows(report), xlsxCustomers);
    }
    times.mark("rank+cut");
    progress.phase("writing files");
    List<Path> written = write(report, drawing, times);
    progress.close();
    if (!settings.quiet()) {
      warnAboutSkippedRows(input);
      print(report, written);
    }
    if (settings.verbose()) {
      times.print(err);
    }
    return ExitCodes.OK;
  }

  /** The settings' plan, with the --pin and --previous files it names read. */
  private SegmentPlan plan() throws IOException {
    SegmentPlan.Options options = settings.plan();
    Optional<SegmentPlan.PinList> pins = Optional.empty();
    if (options.pinFile().isPresent()) {
      Path file = options.pinFile().get();
      if (Files.notExists(file)) {
        throw new Errors.MissingOptionFile("--pin", file, "check the path given to --pin");
      }
      pins = Optional.of(new SegmentPlan.PinList("the --pin file " + file, PinFile.read(file)));
    }
    Optional<PreviousTiers> previous = Optional.empty();
    if (options.previousFile().isPresent()
        && settings.previousIfExists()
        && Files.notExists(options.previousFile().get())) {
      // The first night of a cron job: nothing to compare with yet, and --grace nothing to keep.
      if (!settings.quiet()) {
        Errors.print(
            err,
            "note: --previous-if-exists: "
                + PrintableText.escape(options.previousFile().get().toString())
                + " does not exist yet, so this is a first run (no movements, changes.csv or"
                + " retention); the next run compares with this one's tiers.csv");
      }
      options =
          new SegmentPlan.Options(
              options.rule(),
              options.labels(),
              options.excludeZero(),
              options.book(),
              options.ratios(),
              Optional.empty(),
              Optional.empty(),
              options.pinFile());
    } else if (options.previousFile().isPresent()) {
      Path file = options.previousFile().get();
      if (Files.notExists(file)) {
        throw new Errors.MissingOptionFile(
            "--previous",
            file,
            "on the first run there is no earlier tiers.csv: leave --previous (or previous= in a"
                + " --config file) out once");
      }
      previous = Optional.of(PreviousTiersFile.read(file));
    }
    return new SegmentPlan(options, pins, previous);
  }

  private ReadResult read(Progress progress) throws IOException {
    String source = settings.input();
    if (source.equals("-")) {
      return CustomerCsvReader.read(stdin, InputSummary.STANDARD_INPUT, settings.read());
    }
    Path path = Path.of(source);
    if (Files.isDirectory(path)) {
      throw new java.nio.file.FileSystemException(source, null, "is a folder, not a CSV file");
    }
    // Not "!exists": a file in a folder segment may not enter exists, and opening it says so.
    if (Files.notExists(path)) {
      throw new NoSuchFileException(source, null, "no such file");
    }
    if (WorkbookReader.isOldWorkbook(source)) {
      throw WorkbookReader.oldWorkbook(source);
    }
    if (WorkbookReader.isWorkbook(source)) {
      return WorkbookReader.read(path, source, settings.sheet(), settings.read());
    }
    return CustomerCsvReader.read(
        path, source, settings.read(), progress.reading(Files.size(path)));
  }

  private List<Path> write(SegmentReport report, ChartDrawing drawing, PhaseTimes times)
      throws IOException {
    try {
      return writeFiles(report, drawing, times);
    } catch (IOException e) {
      throw new Errors.OutputFailure(settings.out(), e);
    }
  }

  private List<Path> writeFiles(SegmentReport report, ChartDrawing drawing, PhaseTimes times)
      throws IOException {
    try (OutputFolder folder =
        OutputFolder.open(settings.out(), this::sayWaiting, this::sayAboutFolder)) {
      // The chart draws on another thread while the CSVs are written.
      ChartSettings chart = settings.chart().orElse(null);
      if (drawing != null) {
        drawing.start(
            report,
            settings.presentation(),
            settings.xlsx() ? chart.with(ChartFormat.PNG) : chart,
            settings.html());
      }
      stageCsvFiles(folder, report);
      times.mark("write csv");
      if (settings.xlsx()) {
        // The chart is waited for after the Tiers sheet, which can take seconds to write.
        Workbook.ChartImage image =
            () -> drawing == null ? Optional.empty() : drawing.files().png();
        folder.stage("segment.xlsx", o -> Workbook.write(report, image, o));
        times.mark("write xlsx");
      }
      Optional<String> inlineSvg = Optional.empty();
      if (drawing != null) {
        ChartDrawing.Files files = drawing.files();
        inlineSvg = files.inlineSvg();
        times.add("chart (parallel)", drawing.nanos());
        if (files.png().isPresent() && chart.has(ChartFormat.PNG)) {
          byte[] png = files.png().get();
          folder.stage(ChartFormat.PNG.fileName(), o -> o.write(png));
        }
        if (files.svg().isPresent()) {
          byte[] svg = files.svg().get();
          folder.stage(ChartFormat.SVG.fileName(), o -> o.write(svg));
        }
        times.mark("wait chart");
      }
      if (settings.html()) {
        stageHtml(folder, report, inlineSvg);
        times.mark("write html");
      }
      return folder.commit();
    }
  }

  /** segments.csv and tiers.csv, and changes.csv, retention.csv and sweep.csv when asked for. */
  private void stageCsvFiles(OutputFolder folder, SegmentReport report) throws IOException {
    if (report.groups().isPresent()) {
      Groups groups = report.groups().get();
      folder.stage("segments.csv", o -> text(bom(o), w -> SegmentsCsv.write(groups, w)));
      folder.stage("tiers.csv", o -> TiersCsv.write(groups, bom(o)));
    } else {
      folder.stage("segments.csv", o -> text(bom(o), w -> SegmentsCsv.write(report.tiers(), w)));
      folder.stage(
          "tiers.csv", o -> TiersCsv.write(report.segmentation(), report.overrides(), bom(o)));
    }
    if (report.movements().isPresent()) {
      Movements m = report.movements().get();
      folder.stage("changes.csv", o -> text(bom(o), w -> ChangesCsv.write(m, w)));
    }
    if (report.retention().isPresent()) {
      Retention r = report.retention().get();
      folder.stage("retention.csv", o -> text(bom(o), w -> RetentionCsv.write(r, w)));
    }
    if (report.sweep().isPresent()) {
      Sweep sweep = report.sweep().get();
      folder.stage("sweep.csv", o -> text(bom(o), w -> SweepCsv.write(sweep, w)));
    }
  }

  /** report.html, which lists the files as the terminal report does: itself last. */
  private void stageHtml(OutputFolder folder, SegmentReport report, Optional<String> svg)
      throws IOException {
    List<Path> written = new ArrayList<>(folder.stagedPaths());
    written.add(folder.dir().resolve(HTML));
    folder.stage(
        HTML,
        o ->
            text(
                o,
                w ->
                    HtmlReport.write(
                        report,
                        settings.presentation(),
                        new HtmlReport.Run(
                            settings.options(),
                            VersionProvider.version(),
                            svg.map(any -> PhoneChart.svg(report))),
                        written,
                        svg,
                        w)));
  }

  /**
   * Another run (or a reader) holds --out: said once, since a run that seems to hang is killed. Not
   * under --quiet, whose contract is that cron mails only failures.
   */
  private void sayWaiting() {
    if (!settings.quiet()) {
      err.println(
          "segment: waiting for another run writing into "
              + PrintableText.escape(settings.out().toString())
              + " (or a reader holding its "
              + OutputFolder.LOCK_FILE
              + ") to finish");
      err.flush();
    }
  }

  /**
   * What the folder did that the user should know, the run going on (a journal moved aside, a
   * user's file of one of segment's names left in place): a warning, not under --quiet.
   */
  private void sayAboutFolder(String note) {
    if (!settings.quiet()) {
      Errors.print(err, "warning: " + note);
    }
  }

  /** A UTF-8 byte-order mark, which Excel on Windows needs to read a CSV file as UTF-8. */
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** A CSV file's stream, begun with a byte-order mark under {@code --bom}. */
  private OutputStream bom(OutputStream o) throws IOException {
    if (settings.bom()) {
      o.write(BOM);
    }
    return o;
  }

  /** Writes text through a UTF-8 writer into a staged file. */
  private static void text(OutputStream o, TextContent content) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8), 1 << 16);
    content.writeTo(w);
    w.flush();
  }

  @FunctionalInterface
  private interface TextContent {
    void writeTo(Writer w) throws IOException;
  }

  private void print(SegmentReport report, List<Path> written) throws IOException {
    switch (settings.format()) {
      case JSON:
        JsonReport.write(report, settings.presentation(), written, out);
        break;
      case CSV:
        if (report.groups().isPresent()) {
          SegmentsCsv.write(report.groups().get(), out);
        } else {
          SegmentsCsv.write(report.tiers(), out);
        }
        break;
      case TABLE:
      default:
        TerminalReport.write(report, written, out);
        break;
    }
    out.flush();
  }

  private void warnAboutSkippedRows(InputSummary input) {
    if (!input.skipped().isEmpty()) {
      Errors.print(err, "warning: " + SkippedText.summary(input.skipped()) + hint(input));
    }
    InputNotes.warnings(input).forEach(w -> Errors.print(err, w));
  }

  private String hint(InputSummary input) {
    return Messages.decimalCommaHint(input, settings.read().decimalComma())
        + Messages.minorUnitsHint(input);
  }
}
