package dev.segment.report;

import static dev.segment.report.JsonNumbers.amount;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.segment.model.AmountKind;
import dev.segment.model.AutoCuts;
import dev.segment.model.Concentration;
import dev.segment.model.CurrencyTable;
import dev.segment.model.CutRule;
import dev.segment.model.DateReading;
import dev.segment.model.Exclusions;
import dev.segment.model.FactorHints;
import dev.segment.model.FilterCount;
import dev.segment.model.Groups;
import dev.segment.model.InputSummary;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Presentation;
import dev.segment.model.ReadHint;
import dev.segment.model.RollUp;
import dev.segment.model.SegmentReport;
import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;
import dev.segment.model.TierStats;
import dev.segment.model.ValueCounts;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the whole report as one JSON document ({@code --format json}); the fields are described in
 * {@code docs/JSON.md}. Numbers are exact JSON numbers, never in exponent form.
 */
public final class JsonReport {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Two-space indents and {@code \n} line ends on every platform; arrays stay on one line. */
  private static final ObjectWriter WRITER =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build()
          .writer(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n")));

  private JsonReport() {}

  /** Writes the report of a run that wrote {@code written} to {@code out}, then a line end. */
  public static void write(SegmentReport r, List<Path> written, Appendable out) throws IOException {
    write(r, Presentation.DEFAULT, written, out);
  }

  /** The same, with the run's {@code --as-of} date (the one part of its presentation it shows). */
  public static void write(
      SegmentReport r, Presentation presentation, List<Path> written, Appendable out)
      throws IOException {
    out.append(WRITER.writeValueAsString(tree(r, presentation, written))).append('\n');
  }

  static ObjectNode tree(SegmentReport r, Presentation presentation, List<Path> written) {
    ParetoCurve curve = r.segmentation().curve();
    ObjectNode root = NODES.objectNode();
    root.put("as_of", presentation.asOf().map(LocalDate::toString).orElse(null));
    root.set("input", input(r.input(), r.exclusions(), r.overrides(), curve));
    // The lines standard error has as warnings (kept here under --quiet), then the notes.
    ArrayNode warnings = root.putArray("warnings");
    InputNotes.warningTexts(r.input()).forEach(warnings::add);
    ArrayNode notes = root.putArray("notes");
    InputNotes.noteTexts(r.input()).forEach(notes::add);
    ObjectNode totals = root.putObject("totals");
    totals.set("mrr", amount(curve.total()));
    totals.set("arr", amount(curve.totalArr()));
    totals.put("customers_on_curve", curve.size());
    root.set("rule", rule(r));
    ArrayNode tiers = root.putArray("tiers");
    for (TierStats t : r.tiers()) {
      tiers.add(tier(t));
    }
    root.set("concentration", concentration(r.concentration()));
    r.segmentation().auto().ifPresent(a -> root.set("auto", auto(a, r.tiers())));
    if (r.overrides().shown()) {
      root.set("overrides", DecisionJson.overrides(r));
    }
    r.staffing().ifPresent(st -> root.set("staffing", DecisionJson.staffing(st)));
    r.budget().ifPresent(b -> root.set("budget", DecisionJson.budget(b)));
    r.movements().ifPresent(m -> root.set("changes", DecisionJson.movements(m)));
    r.retention().ifPresent(t -> root.set("retention", DecisionJson.retention(t)));
    r.sweep().ifPresent(sw -> root.set("sweep", DecisionJson.sweep(sw)));
    r.groups().ifPresent(g -> root.set("groups", groups(g)));
    ArrayNode files = root.putArray("files");
    for (Path p : written) {
      files.add(p.toString());
    }
    return root;
  }

  /** With {@code --group-by}: each group's figures and tiers, then the all block's tiers. */
  private static ObjectNode groups(Groups groups) {
    ObjectNode node = NODES.objectNode();
    ArrayNode list = node.putArray("groups");
    for (Groups.Group g : groups.groups()) {
      ObjectNode one = list.addObject();
      one.put("group", g.name());
      one.put("customers", g.customers());
      one.set("mrr", amount(g.mrr()));
      one.set("pct_mrr", DecimalNode.valueOf(g.pctMrr()));
      ArrayNode tiers = one.putArray("tiers");
      g.tiers().forEach(t -> tiers.add(tier(t)));
    }
    ArrayNode all = node.putArray("all");
    groups.all().forEach(t -> all.add(tier(t)));
    return node;
  }

  private static ObjectNode input(
      InputSummary in, Exclusions ex, Overrides overrides, ParetoCurve curve) {
    ObjectNode node = NODES.objectNode();
    node.put("source", in.source());
    columns(in, overrides, curve, node.putObject("columns"));
    node.put("delimiter", String.valueOf(in.delimiter()));
    node.put("currency", in.currency().isEmpty() ? null : in.currency());
    node.put("minor_units", in.reading().minorUnits());
    node.set("currencies", in.currencies().map(JsonReport::currencies).orElse(null));
    node.put("rows_read", in.rowsRead());
    node.put("rows_used", in.rowsUsed());
    node.put("rows_skipped", in.skipped().total());
    node.set("skipped", skipped(in.skipped()));
    node.put("rows_filtered", in.filteredTotal());
    filtered(in.filtered(), node.putArray("filtered"));
    node.set("date_reading", in.reading().dated().map(JsonReport::dateReading).orElse(null));
    node.put("rows_merged", in.merged());
    node.put("footer_lines", in.footerLines());
    node.put("blank_lines", in.blankLines());
    node.put("customers", in.customers());
    node.set("roll_up", in.rollUp().map(JsonReport::rollUp).orElse(null));
    ObjectNode excluded = node.putObject("excluded");
    excluded.put("negative", ex.negativeCustomers());
    excluded.set("negative_mrr", amount(ex.negativeMrr()));
    excluded.put("zero", ex.zeroCustomers());
    hints(in, node.putObject("hints"));
    return node;
  }

  /** The columns read: id, amount, name, the row formula's and the kept ones. */
  private static void columns(
      InputSummary in, Overrides overrides, ParetoCurve curve, ObjectNode columns) {
    columns.put("id", in.idColumn());
    columns.put("amount", in.amountColumn());
    columns.put("amount_kind", in.amountKind() == AmountKind.ARR ? "arr" : "mrr");
    columns.put("name", in.nameColumn().isEmpty() ? null : in.nameColumn());
    columns.put("interval", in.reading().intervalColumn().orElse(null));
    columns.put("interval_count", in.reading().intervalCountColumn().orElse(null));
    columns.put("quantity", in.reading().quantityColumn().orElse(null));
    List<String> kept = curve.customers().keptHeaders();
    ArrayNode keptNode = columns.putArray("kept");
    kept.forEach(keptNode::add);
    ArrayNode keptAs = columns.putArray("kept_written_as");
    TiersColumns.of(overrides, curve.customers().rolledUp(), kept).kept().forEach(keptAs::add);
  }

  /** The rows each --where or date rule filtered, one entry each. */
  private static void filtered(List<FilterCount> counts, ArrayNode filtered) {
    for (FilterCount f : counts) {
      ObjectNode entry = filtered.addObject();
      if (f.reason() == FilterCount.Reason.WHERE) {
        entry.put("where", f.expression());
      } else {
        entry.put("reason", f.reason().word());
        entry.put("option", f.expression());
      }
      entry.put("rows", f.rows());
    }
  }

  /** The reading hints: the interval and factor columns, the cells' hints, the status note. */
  private static void hints(InputSummary in, ObjectNode hints) {
    hints.set(
        "interval_column",
        in.intervalHint()
            .map(
                h -> {
                  ObjectNode hint = values(h.column(), h.values());
                  hint.put("option", "--interval-column");
                  return (JsonNode) hint;
                })
            .orElse(NullNode.getInstance()));
    hints.set(
        "quantity_column",
        in.factorHints()
            .quantity()
            .map(h -> factorHint(h, "--quantity-column"))
            .orElse(NullNode.getInstance()));
    hints.set(
        "interval_count_column",
        in.factorHints()
            .intervalCount()
            .map(h -> factorHint(h, "--interval-count-column"))
            .orElse(NullNode.getInstance()));
    ArrayNode cells = hints.putArray("cells");
    for (ReadHint h : in.readHints()) {
      ObjectNode entry = cells.addObject();
      entry.put("kind", h.kind());
      entry.put("level", h.warning() ? "warning" : "note");
      entry.put("column", h.column().orElse(null));
      entry.put("option", h.option().orElse(null));
      entry.put("text", h.text());
    }
    hints.set(
        "status",
        in.statusNote()
            .map(
                n -> {
                  ObjectNode note = values(n.column(), n.values());
                  note.put("suggested_where", n.suggestedWhere().orElse(null));
                  return (JsonNode) note;
                })
            .orElse(NullNode.getInstance()));
  }

  private static JsonNode factorHint(FactorHints.Column hint, String option) {
    ObjectNode node = values(hint.column(), hint.values());
    node.put("option", option);
    return node;
  }

  /** {@code --rates}: the base currency and, per currency, its rows and sums. */
  private static JsonNode currencies(CurrencyTable table) {
    ObjectNode node = NODES.objectNode();
    node.put("base", table.base());
    ArrayNode lines = node.putArray("by_currency");
    for (CurrencyTable.Line line : table.currencies()) {
      ObjectNode entry = lines.addObject();
      entry.put("currency", line.code());
      entry.put("rows", line.rows());
      entry.set("sum", amount(line.written()));
      entry.set("rate", amount(line.rate()));
      entry.set("converted_sum", amount(line.converted()));
    }
    return node;
  }

  /** A column's values with their row counts, as both hints give them. */
  private static ObjectNode values(String column, ValueCounts counts) {
    ObjectNode node = NODES.objectNode();
    node.put("column", column);
    ArrayNode values = node.putArray("values");
    for (ValueCounts.Value v : counts.top()) {
      ObjectNode entry = values.addObject();
      entry.put("value", v.value());
      entry.put("rows", v.rows());
    }
    node.put("other_values", counts.otherValues());
    node.put("other_rows", counts.otherRows());
    node.put("values_capped", counts.capped());
    return node;
  }

  private static ObjectNode rollUp(RollUp r) {
    ObjectNode node = NODES.objectNode();
    node.put("column", r.column());
    node.put("accounts", r.accounts());
    node.put("parents", r.parents());
    node.put("levels", r.levels());
    node.put("parents_without_row", r.parentsWithoutRow());
    return node;
  }

  /** How MRR was read on a date: the date, the rule and its END convention, versions, rates. */
  private static ObjectNode dateReading(DateReading d) {
    ObjectNode node = NODES.objectNode();
    node.put("as_of", d.asOf().map(Object::toString).orElse(null));
    node.put("date_format", d.dateFormat());
    ObjectNode rule = node.putObject("rule");
    if (d.rule() instanceof DateReading.Periods p) {
      rule.put("kind", "period");
      rule.put("start", p.start());
      rule.put("end", p.endColumn());
      rule.put("end_convention", p.end().orElse(null));
      rule.put("end_convention_from", p.end().isEmpty() ? null : p.endGiven() ? "option" : "rows");
    } else if (d.rule() instanceof DateReading.Valid v) {
      rule.put("kind", "valid");
      rule.put("start", v.start());
      rule.put("end", v.endColumn());
    } else if (d.rule() instanceof DateReading.Trailing t) {
      rule.put("kind", "trailing");
      rule.put("date", t.dateColumn());
      rule.put("months", t.months());
      rule.put("after", t.after().toString());
    } else {
      rule.put("kind", "none");
    }
    node.set(
        "latest",
        d.latest()
            .map(
                l -> {
                  ObjectNode n = NODES.objectNode();
                  n.put("key", l.key());
                  n.put("order", l.order());
                  n.put("compared_as", l.comparedAs());
                  return n;
                })
            .orElse(null));
    node.put("rate_column", d.rateColumn().orElse(null));
    node.put("rate_inverse", d.rateInverse());
    node.put("text", DateReadingText.line(d));
    return node;
  }

  /** Every reason, counted or not, so a script can read any of them without a missing key. */
  private static ObjectNode skipped(SkippedRows skipped) {
    Map<SkipReason, SkippedRows.Tally> byReason = new EnumMap<>(SkipReason.class);
    for (SkippedRows.Tally t : skipped.tallies()) {
      byReason.put(t.reason(), t);
    }
    ObjectNode node = NODES.objectNode();
    for (SkipReason reason : SkipReason.values()) {
      SkippedRows.Tally t = byReason.get(reason);
      ObjectNode entry = node.putObject(reason.name().toLowerCase(Locale.ROOT));
      entry.put("description", reason.description());
      entry.put("count", t == null ? 0 : t.count());
      ArrayNode lines = entry.putArray("first_lines");
      if (t != null) {
        t.firstLines().forEach(lines::add);
      }
      if (t != null && t.firstValue().isPresent()) {
        entry.put("first_value", t.firstValue().get());
      }
    }
    return node;
  }

  private static ObjectNode rule(SegmentReport r) {
    CutRule rule = r.segmentation().rule();
    ObjectNode node = NODES.objectNode();
    node.put("by", rule.basis());
    ArrayNode cuts = node.putArray("cuts");
    for (BigDecimal cut : rule.cuts()) {
      cuts.add(DecimalNode.valueOf(cut));
    }
    ArrayNode names = node.putArray("names");
    r.segmentation().tiers().forEach(t -> names.add(t.label()));
    return node;
  }

  private static ObjectNode tier(TierStats t) {
    ObjectNode node = NODES.objectNode();
    node.put("tier", t.label());
    node.put("customers", t.customers());
    node.set("pct_customers", DecimalNode.valueOf(t.pctCustomers()));
    node.set("mrr", amount(t.mrr()));
    node.set("pct_mrr", DecimalNode.valueOf(t.pctMrr()));
    node.set("cum_pct_customers", DecimalNode.valueOf(t.cumPctCustomers()));
    node.set("cum_pct_mrr", DecimalNode.valueOf(t.cumPctMrr()));
    Optional<TierStats.Amounts> a = t.amounts();
    node.set("mrr_floor", a.map(x -> amount(x.floor())).orElse(null));
    node.set("mrr_max", a.map(x -> amount(x.max())).orElse(null));
    node.set("mrr_mean", a.map(x -> DecimalNode.valueOf(x.mean())).orElse(null));
    node.set("mrr_median", a.map(x -> amount(x.median())).orElse(null));
    return node;
  }

  private static ObjectNode concentration(Concentration c) {
    ObjectNode node = NODES.objectNode();
    node.set("gini", DecimalNode.valueOf(c.gini()));
    node.set("top_1_pct_mrr", DecimalNode.valueOf(c.top1Pct()));
    node.set("top_10_pct_mrr", DecimalNode.valueOf(c.top10Pct()));
    node.set("top_20_pct_mrr", DecimalNode.valueOf(c.top20Pct()));
    node.set("pct_customers_for_50_pct_mrr", DecimalNode.valueOf(c.customersFor50Pct()));
    node.set("pct_customers_for_80_pct_mrr", DecimalNode.valueOf(c.customersFor80Pct()));
    return node;
  }

  private static ObjectNode auto(AutoCuts a, List<TierStats> tiers) {
    ObjectNode node = NODES.objectNode();
    if (a.isDegenerate()) {
      node.putNull("tier_1_ends_at");
    } else {
      node.put("tier_1_ends_at", a.tier1EndsAtPareto() ? "pareto" : "break_even");
    }
    node.put("degenerate", a.isDegenerate() ? a.degenerate() : null);
    node.set("mean_mrr", DecimalNode.valueOf(a.meanMrr()));
    node.set("pareto_point", point(a.pareto()));
    node.set("break_even_point", point(a.breakEven()));
    node.set("submarginal_point", point(a.submarginal()));
    List<BigDecimal> floors = FrozenCuts.floors(tiers);
    ArrayNode cuts = node.putArray("equivalent_cuts");
    for (BigDecimal f : floors) {
      cuts.add(DecimalNode.valueOf(new BigDecimal(FrozenCuts.plainShort(f))));
    }
    node.put("equivalent_flags", FrozenCuts.flags(floors));
    return node;
  }

  private static ObjectNode point(Optional<AutoCuts.Point> p) {
    if (p.isEmpty()) {
      return null;
    }
    AutoCuts.Point c = p.get();
    ObjectNode node = NODES.objectNode();
    node.put("customers", c.customers());
    node.set("pct_customers", DecimalNode.valueOf(c.pctCustomers()));
    node.set("pct_mrr", DecimalNode.valueOf(c.pctMrr()));
    node.set("mrr", amount(c.mrr()));
    return node;
  }
}
