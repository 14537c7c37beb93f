package dev.segment.report;

import dev.segment.model.AmountKind;
import dev.segment.model.Customers;
import dev.segment.model.CustomersBuilder;
import dev.segment.model.CutRule;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.SegmentReport;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The Tiers sheet holds what tiers.csv holds, cell for cell, for any text and amounts, with and
 * without kept columns, audit columns and pinned rows: the two writers share one column list and
 * one contract, and this holds them to it.
 */
class WorkbookProperties {
  @Property(tries = 60)
  void tiersSheetIsTiersCsv(
      @ForAll @Size(min = 1, max = 12) List<@From("texts") String> ids,
      @ForAll @Size(min = 12, max = 12) List<@From("texts") String> names,
      @ForAll @Size(min = 12, max = 12) List<@IntRange(min = -5, max = 2_000_000) Integer> cents,
      @ForAll @IntRange(min = 0, max = 8) int scale,
      @ForAll boolean annual,
      @ForAll("texts") String label,
      @ForAll boolean keep,
      @ForAll boolean audit,
      @ForAll @IntRange(min = 0, max = 3) int pins)
      throws IOException {
    List<String> keptHeaders = keep ? List.of("note", "MRR", "=x") : List.of();
    CustomersBuilder b =
        new CustomersBuilder(annual ? AmountKind.ARR : AmountKind.MRR, keptHeaders);
    for (int k = 0; k < ids.size(); k++) {
      String id = ids.get(k).isEmpty() ? "x" + k : ids.get(k);
      String[] kept =
          keep ? new String[] {names.get(11 - k), ids.get(k), names.get(k)} : new String[0];
      b.add(id, names.get(k), cents.get(k), scale, kept);
    }
    Customers customers = b.build();
    int[] pinned = audit ? TiersCsvBytesProperties.pinned(customers, pins) : new int[0];
    int[] order = TiersCsvBytesProperties.rankOrder(customers, pinned);
    int n = order.length;
    if (n == 0) {
      // A run without a customer on the curve stops before it writes anything.
      return;
    }
    ParetoCurve curve = new ParetoCurve(customers, order);
    List<Tier> tiers =
        List.of(new Tier(label.isEmpty() ? "T" : label, 0, n / 2), new Tier("-2", n / 2, n));
    Segmentation s =
        new Segmentation(
            curve, new CutRule.ByMrr(List.of(BigDecimal.ONE)), tiers, Optional.empty());
    Overrides overrides =
        audit
            ? Overrides.of(
                pinned, new int[pinned.length], TiersCsvBytesProperties.computed(pinned), null)
            : Overrides.none();
    SegmentReport r =
        new SegmentReport(
            Fixtures.input(),
            Fixtures.exclusions(),
            s,
            Fixtures.byMrrStats(),
            Fixtures.concentration(),
            overrides,
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    StringBuilder csv = new StringBuilder();
    TiersCsv.write(s, overrides, csv);
    WorkbookTest.assertSheetEqualsCsv(
        WorkbookTest.write(r, Optional.empty()), "Tiers", csv.toString(), 0);
  }

  @Provide
  Arbitrary<String> texts() {
    return new TiersCsvBytesProperties().texts();
  }
}
