package dev.segment.cli;

import dev.segment.hints.Names;
import dev.segment.hints.Source;
import dev.segment.hints.Sources;
import dev.segment.io.HeaderPeek;
import dev.segment.io.ReadOptions;
import dev.segment.model.DataException;
import dev.segment.model.InputSummary;
import dev.segment.model.ReadHint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Which known export ({@code --source}) a run reads, named or recognised by its header, and the
 * option tokens it adds before the user's own: a source is data, applied through the same option
 * parsing, each of the user's options replacing the source's options of that name.
 */
final class SourceChoice {
  /** The options that say how the file is read: any of them turns detection off (SPEC). */
  static final Set<String> READING_OPTIONS =
      Set.of(
          "--id-column",
          "--mrr-column",
          "--arr-column",
          "--name-column",
          "--parent-column",
          "--where",
          "--interval-column",
          "--interval-count-column",
          "--quantity-column",
          "--minor-units",
          "--period-columns",
          "--valid-columns",
          "--trailing",
          "--date-column",
          "--latest",
          "--rate-column",
          "--rate-column-inverse",
          "--source");

  /** Options that make a reading need {@code --as-of}. */
  private static final Set<String> DATED =
      Set.of("--period-columns", "--valid-columns", "--trailing");

  private SourceChoice() {}

  /**
   * What a source adds to a run: its tokens (empty when none applies), the note and warnings it
   * gives, and the option names it supplied (whose other-MRR and ARR warnings are not the user's).
   */
  record Outcome(
      List<String> tokens,
      List<ReadHint> hints,
      Optional<String> stderrLine,
      Set<String> fromSource,
      boolean subscriptions) {
    static final Outcome NONE =
        new Outcome(List.of(), List.of(), Optional.empty(), Set.of(), false);

    /**
     * {@code e} with the known export the header matches named, when the user's own options read it
     * another way and the read failed: the fix is often {@code --source NAME}.
     */
    DataException explain(DataException e) {
      for (ReadHint h : hints) {
        if (h.kind().equals("source")) {
          return new DataException(e.getMessage() + "; note: " + h.text(), e);
        }
      }
      return e;
    }

    /** The summary with this outcome's hints first and the source's own doubts left out. */
    InputSummary apply(InputSummary in) {
      if (hints.isEmpty() && fromSource.isEmpty()) {
        return in;
      }
      List<ReadHint> all = new ArrayList<>(hints);
      for (ReadHint h : in.readHints()) {
        boolean sourcesOwn =
            (fromSource.contains("--mrr-column")
                    && (h.kind().equals("another-mrr") || h.kind().equals("annual")))
                || (subscriptions && h.kind().equals("ledger"));
        if (!sourcesOwn) {
          all.add(h);
        }
      }
      return in.withReadHints(all);
    }
  }

  /**
   * The outcome for a run whose user gave {@code given} option names, named {@code named} (or
   * none), with reading options {@code read}, on a file whose header is {@code header}.
   *
   * @param known true for an option this build of segment has
   * @param asOf true when {@code --as-of} was given
   * @param userMoney the user's --mrr-column or --arr-column value, when given
   */
  static Outcome choose(
      Optional<String> named,
      Set<String> given,
      Optional<List<String>> header,
      Predicate<String> known,
      boolean asOf,
      Optional<String> userMoney,
      ReadOptions read) {
    if (named.isPresent() && named.get().strip().equalsIgnoreCase(Sources.NONE)) {
      return Outcome.NONE;
    }
    if (named.isPresent()) {
      return named(named.get(), given, header, known, asOf, userMoney);
    }
    if (header.isEmpty()) {
      return Outcome.NONE;
    }
    List<Sources.Match> found = new ArrayList<>();
    for (Sources.Match m : Sources.detect(header.get())) {
      // A ledger source this build cannot read yet is left to the ledger warning.
      if (unsupported(m.variant(), known).isEmpty()) {
        found.add(m);
      }
    }
    if (found.size() != 1) {
      return Outcome.NONE;
    }
    Sources.Match m = found.get(0);
    boolean reading = given.stream().anyMatch(READING_OPTIONS::contains);
    if (!reading) {
      return applied(m.source(), m.variant(), given, header, asOf, userMoney, true);
    }
    List<String> tokens = tokens(m.variant(), Set.of(), header, userMoney);
    return differs(tokens, read, header.get()) ? readAnotherWay(m.source(), tokens) : Outcome.NONE;
  }

  /** The outcome of {@code --source NAME}: its options, fitted to the header when there is one. */
  private static Outcome named(
      String name,
      Set<String> given,
      Optional<List<String>> header,
      Predicate<String> known,
      boolean asOf,
      Optional<String> userMoney) {
    Source source =
        Sources.byName(name)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "--source "
                            + name
                            + " is not a known export; use one of "
                            + Sources.names()));
    requireSupported(source, source.variants().get(0), known);
    if (header.isEmpty()) {
      // The read reports what is wrong with the file; the source's first form is tried.
      return applied(source, source.variants().get(0), given, header, asOf, userMoney, false);
    }
    Sources.Match m =
        Sources.match(source, header.get())
            .orElseThrow(() -> new DataException(mismatch(source, header.get())));
    requireSupported(source, m.variant(), known);
    return applied(source, m.variant(), given, header, asOf, userMoney, false);
  }

  /** A warning that the header is a known export's, read by the user's options another way. */
  private static Outcome readAnotherWay(Source source, List<String> tokens) {
    return new Outcome(
        List.of(),
        List.of(
            new ReadHint(
                true,
                "source",
                "the header is that of a "
                    + source.name()
                    + " export, read here another way; --source "
                    + source.name()
                    + " reads it as its vendor writes it ("
                    + shown(tokens)
                    + ")",
                Optional.empty(),
                Optional.of("--source " + source.name()),
                Optional.empty())),
        Optional.empty(),
        Set.of(),
        false);
  }

  private static Outcome applied(
      Source source,
      Source.Variant variant,
      Set<String> given,
      Optional<List<String>> header,
      boolean asOf,
      Optional<String> userMoney,
      boolean detected) {
    List<String> all = tokens(variant, Set.of(), header, userMoney);
    List<String> tokens = tokens(variant, given, header, userMoney);
    if (!asOf && tokens.stream().anyMatch(DATED::contains)) {
      throw new IllegalArgumentException(
          (detected ? "the header is that of a " + source.name() + " export, a ledger: " : "")
              + "--source "
              + source.name()
              + " reads MRR as it stood on one date; give that date with --as-of (e.g. --as-of 2024-12-15)");
    }
    Set<String> from = new TreeSet<>();
    for (String t : tokens) {
      if (t.startsWith("--")) {
        from.add(t);
      }
    }
    String line = "read as a " + source.name() + " export: " + shown(all);
    return new Outcome(
        tokens,
        List.of(
            new ReadHint(
                false,
                "source",
                line,
                Optional.empty(),
                Optional.of("--source " + source.name()),
                Optional.empty())),
        detected ? Optional.of(line) : Optional.empty(),
        from,
        source.subscriptions());
  }

  /**
   * The variant's tokens without the options the user gave (each of the user's options replaces all
   * of the source's of that name), {@code {money}} made the money column's header.
   */
  static List<String> tokens(
      Source.Variant variant,
      Set<String> given,
      Optional<List<String>> header,
      Optional<String> userMoney) {
    Optional<String> money =
        userMoney.isPresent()
            ? userMoney
            : header.flatMap(h -> h.stream().filter(HeaderPeek::isMrrName).findFirst());
    List<String> out = new ArrayList<>();
    List<String> options = variant.options();
    for (int i = 0; i < options.size(); i++) {
      String t = options.get(i);
      boolean flag = i + 1 >= options.size() || options.get(i + 1).startsWith("--");
      String value = flag ? null : options.get(i + 1);
      if (!flag) {
        i++;
      }
      if (given.contains(t)) {
        continue;
      }
      if (value != null && value.contains("{money}")) {
        if (money.isEmpty()) {
          continue; // no money column by name: the user names it, and the prospects' rows skip
        }
        value = value.replace("{money}", money.get());
      }
      out.add(t);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  /**
   * True when the user's reading is not the one the source's options give: a column option naming
   * another column, a filtered column left unfiltered, or cents read as units. An id or name column
   * left to detection is no difference (detection finds the export's own).
   */
  private static boolean differs(List<String> tokens, ReadOptions read, List<String> header) {
    boolean minor = false;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      String v = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
      Optional<String> given =
          switch (t) {
            case "--id-column" -> read.idColumn().isEmpty() ? null : read.idColumn();
            case "--mrr-column" -> read.mrrColumn();
            case "--arr-column" -> read.arrColumn();
            case "--name-column" -> read.nameColumn().isEmpty() ? null : read.nameColumn();
            case "--parent-column" -> read.parentColumn();
            case "--interval-column" -> read.intervalColumn();
            case "--interval-count-column" -> read.intervalCountColumn();
            case "--quantity-column" -> read.quantityColumn();
            default -> null;
          };
      if (t.equals("--minor-units")) {
        // Cents the user named are the cells' word against a source's guess: no difference.
        minor = true;
      } else if (given != null
          && (given.isEmpty()
              || !Names.normal(byName(given.get(), header)).equals(Names.normal(v)))) {
        return true;
      }
    }
    // Filters are the status warning's to judge, against the values the file holds: a filter
    // the source adds that would drop no row (no prospect, no past_due) changes nothing.
    return minor && !read.minorUnits();
  }

  /** A column given by its 1-based index, as the header names it; a name as given. */
  private static String byName(String given, List<String> header) {
    String g = given.strip();
    if (!g.isEmpty() && g.length() < 10 && g.chars().allMatch(Character::isDigit)) {
      int i = Integer.parseInt(g);
      if (i >= 1 && i <= header.size()) {
        return header.get(i - 1);
      }
    }
    return given;
  }

  private static void requireSupported(
      Source source, Source.Variant variant, Predicate<String> known) {
    List<String> missing = unsupported(variant, known);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "--source "
              + source.name()
              + " needs "
              + String.join(" and ", missing)
              + ", which this build of segment does not have yet; docs/sources.md lists the"
              + " options it stands for");
    }
  }

  private static List<String> unsupported(Source.Variant variant, Predicate<String> known) {
    List<String> missing = new ArrayList<>();
    for (String name : variant.optionNames()) {
      if (!known.test(name)) {
        missing.add(name);
      }
    }
    return missing;
  }

  private static String mismatch(Source source, List<String> header) {
    List<String> normal = Names.normalAll(header);
    Source.Variant closest = source.variants().get(0);
    int best = -1;
    for (Source.Variant v : source.variants()) {
      int have = (int) v.signature().stream().filter(normal::contains).count();
      if (have > best) {
        best = have;
        closest = v;
      }
    }
    List<String> lacks = new ArrayList<>();
    for (String s : closest.signature()) {
      if (!normal.contains(s)) {
        lacks.add(s);
      }
    }
    return "the header does not look like a "
        + source.name()
        + " export: it lacks "
        + String.join(", ", lacks)
        + " (names compared without case, spaces or punctuation); name the columns with their"
        + " options, or leave --source out";
  }

  /** Tokens as a user would type them: a value with spaces or quotes in double quotes. */
  static String shown(List<String> tokens) {
    StringBuilder b = new StringBuilder();
    for (String t : tokens) {
      if (b.length() > 0) {
        b.append(' ');
      }
      boolean plain =
          !t.isEmpty() && t.chars().noneMatch(c -> " \"'$&|;<>()*?!{}[]".indexOf(c) >= 0);
      b.append(plain ? t : '"' + t.replace("\"", "\\\"") + '"');
    }
    return b.toString();
  }
}
