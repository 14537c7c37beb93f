package dev.segment.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.AmountKind;
import dev.segment.model.Amounts;
import dev.segment.model.Customers;
import dev.segment.model.CustomersBuilder;
import dev.segment.model.CutRule;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.csv.CSVPrinter;

/**
 * tiers.csv written as bytes straight from the customers' UTF-8 text is, byte for byte, what the
 * earlier writers gave, with and without the audit columns and pinned rows of overrides and the
 * accounts column of a roll-up: every cell as a String, neutralised, printed by Commons CSV,
 * amounts by Amounts.plain, encoded by a UTF-8 writer.
 */
class TiersCsvBytesProperties {
  @Property(tries = 300)
  void bytesAreThoseOfTheStringPath(
      @ForAll @Size(min = 1, max = 12) List<@From("texts") String> ids,
      @ForAll @Size(min = 12, max = 12) List<@From("texts") String> names,
      @ForAll @Size(min = 12, max = 12) List<@IntRange(min = -5, max = 2_000_000) Integer> cents,
      @ForAll @IntRange(min = 0, max = 8) int scale,
      @ForAll boolean annual,
      @ForAll("texts") String label,
      @ForAll boolean keep,
      @ForAll boolean audit,
      @ForAll @IntRange(min = 0, max = 3) int pins,
      @ForAll @Size(min = 12, max = 12) List<@IntRange(min = -1, max = 1) Integer> grace,
      @ForAll boolean parents)
      throws IOException {
    List<String> keptHeaders = keep ? List.of("note", "MRR", "accounts") : List.of();
    CustomersBuilder b =
        new CustomersBuilder(annual ? AmountKind.ARR : AmountKind.MRR, keptHeaders, parents);
    for (int k = 0; k < ids.size(); k++) {
      String id = ids.get(k).isEmpty() ? "x" + k : ids.get(k);
      String[] kept =
          keep ? new String[] {names.get(11 - k), ids.get(k), names.get(k)} : new String[0];
      if (parents) {
        // Parents of no row of their own, so no cycle whatever the ids.
        b.row(id, names.get(k), k % 3 == 1 ? "parent-" + k % 2 : "");
        b.addRow(cents.get(k), scale, kept);
      } else {
        b.add(id, names.get(k), cents.get(k), scale, kept);
      }
    }
    Customers customers = b.build();
    int[] pinned = audit ? pinned(customers, pins) : new int[0];
    int[] order = rankOrder(customers, pinned);
    ParetoCurve curve = new ParetoCurve(customers, order);
    int n = order.length;
    List<Tier> tiers =
        List.of(new Tier(label.isEmpty() ? "T" : label, 0, n / 2), new Tier("-2", n / 2, n));
    Segmentation s =
        new Segmentation(
            curve, new CutRule.ByMrr(List.of(BigDecimal.ONE)), tiers, Optional.empty());
    Overrides overrides = Overrides.none();
    if (audit) {
      int[] pinnedTiers = new int[pinned.length];
      for (int j = 0; j < pinned.length; j++) {
        pinnedTiers[j] = j % 2;
      }
      int[] kept = new int[n];
      for (int r = 0; r < n; r++) {
        kept[r] = grace.get(r);
      }
      overrides = Overrides.of(pinned, pinnedTiers, computed(pinned), pins % 2 == 0 ? kept : null);
    }

    String expected = reference(s, overrides);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TiersCsv.write(s, overrides, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(bytes.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    StringBuilder chars = new StringBuilder();
    TiersCsv.write(s, overrides, chars);
    assertThat(chars.toString()).isEqualTo(expected);
  }

  @Example
  void aFileOfManyPartsIsWrittenInOrder() throws IOException {
    // More rows than one part, so the parts are formatted on several threads.
    Customers customers = manyCustomers(50_000);
    ParetoCurve curve = new ParetoCurve(customers, rankOrder(customers, new int[0]));
    Segmentation s = threeTiers(curve);
    String expected = reference(s, Overrides.none());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TiersCsv.write(s, Overrides.none(), bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    StringBuilder chars = new StringBuilder();
    TiersCsv.write(s, chars);
    assertThat(chars.toString()).isEqualTo(expected);
  }

  @Example
  void pinnedRowsAfterTheCurveSpanParts() throws IOException {
    // 10,000 pinned rows after the curve's: the parts cross from ranks to pinned customers.
    Customers customers = manyCustomers(50_000);
    int[] pinned = pinned(customers, 10_000);
    int[] order = rankOrder(customers, pinned);
    ParetoCurve curve = new ParetoCurve(customers, order);
    Segmentation s = threeTiers(curve);
    int[] pinnedTiers = new int[pinned.length];
    for (int j = 0; j < pinned.length; j++) {
      pinnedTiers[j] = j % 3;
    }
    int[] grace = new int[order.length];
    for (int r = 0; r < grace.length; r++) {
      grace[r] = r % 11 == 0 ? r % 3 : -1;
    }
    Overrides overrides = Overrides.of(pinned, pinnedTiers, computed(pinned), grace);
    String expected = reference(s, overrides);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TiersCsv.write(s, overrides, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  private static Customers manyCustomers(int n) {
    CustomersBuilder b = new CustomersBuilder(AmountKind.MRR, List.of("note"));
    for (int k = 0; k < n; k++) {
      String name = k % 97 == 0 ? "=Name, \"" + k + "\"" : "Name \u00e9 " + k;
      b.add("id-" + (k * 7919L % n), name, (k * 31L) % 5000, 2, new String[] {"-" + k});
    }
    return b.build();
  }

  private static Segmentation threeTiers(ParetoCurve curve) {
    int n = curve.size();
    List<Tier> tiers =
        List.of(
            new Tier("Top", 0, n / 10),
            new Tier("Mid", n / 10, n * 4 / 10),
            new Tier("+Rest", n * 4 / 10, n));
    return new Segmentation(
        curve, new CutRule.ByMrr(List.of(BigDecimal.ONE)), tiers, Optional.empty());
  }

  /**
   * Up to {@code count} customers to pin, MRR descending then id, as the resolver orders them:
   * every third customer index with an MRR of 0 or more.
   */
  static int[] pinned(Customers customers, int count) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < customers.size() && out.size() < count; i += 3) {
      if (customers.unscaledMrr(i) >= 0) {
        out.add(i);
      }
    }
    out.sort(byRank(customers));
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A computed tier for each pinned customer (the writer copies what the core found). */
  static int[] computed(int[] pinned) {
    int[] tiers = new int[pinned.length];
    for (int j = 0; j < pinned.length; j++) {
      tiers[j] = (j + 1) % 2;
    }
    return tiers;
  }

  private static Comparator<Integer> byRank(Customers customers) {
    return Comparator.comparingLong((Integer i) -> -customers.unscaledMrr(i))
        .thenComparing(customers::id);
  }

  static int[] rankOrder(Customers customers, int[] pinned) {
    Set<Integer> off = new HashSet<>();
    for (int c : pinned) {
      off.add(c);
    }
    List<Integer> ranked = new ArrayList<>();
    for (int i = 0; i < customers.size(); i++) {
      if (customers.unscaledMrr(i) >= 0 && !off.contains(i)) {
        ranked.add(i);
      }
    }
    ranked.sort(byRank(customers));
    return ranked.stream().mapToInt(Integer::intValue).toArray();
  }

  @Provide
  Arbitrary<String> texts() {
    // Pieces rather than chars, so a character beyond the BMP stays one surrogate pair.
    return Arbitraries.of(
            ",",
            "\"",
            "\r",
            "\n",
            " ",
            "\t",
            "'",
            "=",
            "+",
            "-",
            "@",
            "#",
            "!",
            ".",
            "0",
            "7",
            "~",
            "\u007f",
            "\u00e9",
            "\u00a0",
            "\u4e2d",
            "\ue000",
            "\ud83d\ude00",
            "a",
            "b",
            "c")
        .list()
        .ofMaxSize(7)
        .map(pieces -> String.join("", pieces).strip());
  }

  /**
   * The earlier writer: a String per cell through CsvCells and Commons CSV; with overrides, the
   * audit cells and the pinned rows after the curve's, with empty rank and share.
   */
  private static String reference(Segmentation s, Overrides overrides) throws IOException {
    ParetoCurve curve = s.curve();
    Customers customers = curve.customers();
    StringBuilder out = new StringBuilder();
    CSVPrinter rows = new CSVPrinter(out, CsvCells.FORMAT);
    for (String name :
        TiersColumns.of(overrides, customers.rolledUp(), customers.keptHeaders()).header()) {
      rows.print(CsvCells.neutralise(name));
    }
    rows.println();
    List<String> labels = new ArrayList<>();
    for (Tier t : s.tiers()) {
      labels.add(CsvCells.neutralise(t.label()));
    }
    int tier = 0;
    for (int r = 0; r < curve.size(); r++) {
      while (r >= s.tiers().get(tier).end()) {
        tier++;
      }
      int c = curve.customerIndex(r);
      rows.print(CsvCells.neutralise(customers.id(c)));
      rows.print(CsvCells.neutralise(customers.name(c)));
      rows.print(Amounts.plain(customers.mrr(c)));
      rows.print(Amounts.plain(customers.arr(c)));
      rows.print(Integer.toString(r + 1));
      rows.print(
          curve.unscaledTotal() == 0
              ? "0.0000"
              : curve
                  .cumulative(r)
                  .divide(curve.total(), 4, RoundingMode.HALF_EVEN)
                  .toPlainString());
      int kept = overrides.graceTier(r);
      rows.print(labels.get(kept >= 0 ? kept : tier));
      if (overrides.shown()) {
        rows.print(labels.get(tier));
        rows.print(kept >= 0 ? "grace" : "");
      }
      accountsCell(customers, c, rows);
      keptCells(customers, c, rows);
      rows.println();
    }
    for (int j = 0; j < overrides.pinnedCount(); j++) {
      int c = overrides.pinnedCustomer(j);
      rows.print(CsvCells.neutralise(customers.id(c)));
      rows.print(CsvCells.neutralise(customers.name(c)));
      rows.print(Amounts.plain(customers.mrr(c)));
      rows.print(Amounts.plain(customers.arr(c)));
      rows.print("");
      rows.print("");
      rows.print(labels.get(overrides.pinnedTier(j)));
      rows.print(labels.get(overrides.pinnedComputedTier(j)));
      rows.print("pinned");
      accountsCell(customers, c, rows);
      keptCells(customers, c, rows);
      rows.println();
    }
    return out.toString();
  }

  private static void accountsCell(Customers customers, int c, CSVPrinter rows) throws IOException {
    if (customers.rolledUp()) {
      rows.print(Integer.toString(customers.accounts(c)));
    }
  }

  private static void keptCells(Customers customers, int c, CSVPrinter rows) throws IOException {
    for (int k = 0; k < customers.keptHeaders().size(); k++) {
      rows.print(CsvCells.neutralise(customers.kept(c, k)));
    }
  }
}
