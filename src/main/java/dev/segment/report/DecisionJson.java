package dev.segment.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.segment.model.Budget;
import dev.segment.model.Movements;
import dev.segment.model.Overrides;
import dev.segment.model.Retention;
import dev.segment.model.SegmentReport;
import dev.segment.model.Staffing;
import dev.segment.model.Sweep;
import java.math.BigDecimal;

/**
 * The JSON report's objects for running the tiers: overrides, staffing, the budget fit, changes,
 * retention and the sweep.
 */
final class DecisionJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DecisionJson() {}

  static ObjectNode overrides(SegmentReport r) {
    Overrides o = r.overrides();
    BigDecimal pinnedMrr = BigDecimal.ZERO;
    for (int j = 0; j < o.pinnedCount(); j++) {
      pinnedMrr = pinnedMrr.add(r.segmentation().curve().customers().mrr(o.pinnedCustomer(j)));
    }
    ObjectNode node = NODES.objectNode();
    node.put("pinned", o.pinnedCount());
    node.set("pinned_mrr", JsonNumbers.amount(pinnedMrr));
    node.put("grace_kept", o.graceKept());
    return node;
  }

  static ObjectNode staffing(Staffing s) {
    ObjectNode node = NODES.objectNode();
    node.set("book", s.book().map(JsonNumbers::amount).orElse(null));
    ArrayNode tiers = node.putArray("tiers");
    for (Staffing.TierStaffing t : s.tiers()) {
      ObjectNode row = tiers.addObject();
      row.put("tier", t.label());
      row.put("staffed", t.staffed());
      row.put("accounts", t.accounts());
      row.set("arr", JsonNumbers.amount(t.arr()));
      if (t.ratio().isPresent()) {
        row.put("accounts_per_csm_ratio", t.ratio().get());
      } else {
        row.putNull("accounts_per_csm_ratio");
      }
      row.put("csms", t.csms());
      row.set("arr_per_csm", t.arrPerCsm().map(JsonNumbers::amount).orElse(null));
      row.set("accounts_per_csm", t.accountsPerCsm().map(DecimalNode::valueOf).orElse(null));
    }
    node.put("total_csms", s.totalCsms());
    return node;
  }

  static ObjectNode budget(Budget b) {
    ObjectNode node = NODES.objectNode();
    ArrayNode tiers = node.putArray("tiers");
    for (Budget.TierFit t : b.tiers()) {
      ObjectNode row = tiers.addObject();
      row.put("tier", t.label());
      if (t.budget().isPresent()) {
        row.put("csms_paid_for", t.budget().get());
      } else {
        row.putNull("csms_paid_for");
      }
      row.set("cut_asked", cut(t.asked()));
      row.set("cut_fits", cut(t.fits()));
      row.put("csms_before", t.csmsBefore());
      row.put("csms_after", t.csmsAfter());
      row.set("uncovered_mrr", JsonNumbers.amount(t.uncoveredMrr()));
      row.set("uncovered_pct_mrr", DecimalNode.valueOf(t.uncoveredPct()));
    }
    node.set("uncovered_mrr", JsonNumbers.amount(b.uncoveredMrr()));
    node.set("uncovered_pct_mrr", DecimalNode.valueOf(b.uncoveredPct()));
    return node;
  }

  private static ObjectNode cut(Budget.Cut c) {
    ObjectNode node = NODES.objectNode();
    node.put("rank_end", c.end());
    node.set("pct_customers", DecimalNode.valueOf(c.pctCustomers()));
    node.set("mrr_floor", c.floor().map(JsonNumbers::amount).orElse(null));
    return node;
  }

  /** The sweep's rows, with sweep.csv's names. */
  static ArrayNode sweep(Sweep sw) {
    ArrayNode rows = NODES.arrayNode();
    for (Sweep.Row r : sw.rows()) {
      ObjectNode row = rows.addObject();
      row.put("basis", r.basis().word());
      row.put("cut", r.cut());
      row.put("customers", r.customers());
      row.set("pct_customers", DecimalNode.valueOf(r.pctCustomers()));
      row.set("mrr", JsonNumbers.amount(r.mrr()));
      row.set("pct_mrr", DecimalNode.valueOf(r.pctMrr()));
      row.set("mrr_floor", r.floor().map(JsonNumbers::amount).orElse(null));
      if (r.csms().isPresent()) {
        row.put("csms", r.csms().get());
      } else {
        row.putNull("csms");
      }
    }
    return rows;
  }

  static ObjectNode movements(Movements m) {
    ObjectNode node = NODES.objectNode();
    node.put("previous", m.source());
    ArrayNode positions = node.putArray("previous_tiers");
    for (Movements.LabelPosition p : m.labelPositions()) {
      ObjectNode row = positions.addObject();
      row.put("label", p.label());
      row.put("position", p.position() + 1);
      row.put("matched_by_name", p.matchedByName());
    }
    node.set("moved_up", group(m.up()));
    node.set("moved_down", group(m.down()));
    node.set("new", group(m.added()));
    node.set("gone", group(m.gone()));
    node.put("unchanged", m.unchanged());
    node.put("grace_kept", m.graceKept());
    node.put("changed", m.changes().size());
    ArrayNode biggest = node.putArray("biggest_movers");
    for (Movements.Change c : m.biggest()) {
      ObjectNode row = biggest.addObject();
      row.put("customer_id", c.id());
      row.put("name", c.name());
      row.put("old_tier", c.oldTier());
      row.put("new_tier", c.newTier());
      row.set("old_mrr", JsonNumbers.amount(c.oldMrr()));
      row.set("new_mrr", JsonNumbers.amount(c.newMrr()));
      row.set("mrr_change", JsonNumbers.amount(c.mrrChange()));
    }
    return node;
  }

  static ObjectNode retention(Retention t) {
    ObjectNode node = NODES.objectNode();
    ArrayNode tiers = node.putArray("tiers");
    for (Retention.Row row : t.tiers()) {
      ObjectNode o = tiers.addObject();
      o.put("tier", row.label());
      o.put("position", row.position() + 1);
      cohort(row, o);
    }
    node.set("all", cohort(t.all(), NODES.objectNode()));
    node.set("new", group(new Movements.Group(t.newCustomers(), t.newMrr())));
    return node;
  }

  private static ObjectNode cohort(Retention.Row r, ObjectNode o) {
    o.put("customers_start", r.customersStart());
    o.set("mrr_start", JsonNumbers.amount(r.mrrStart()));
    o.put("retained_customers", r.retainedCustomers());
    o.set("expansion", JsonNumbers.amount(r.expansion()));
    o.set("contraction", JsonNumbers.amount(r.contraction()));
    o.put("churned_customers", r.churnedCustomers());
    o.set("churned_mrr", JsonNumbers.amount(r.churnedMrr()));
    o.set("mrr_end", JsonNumbers.amount(r.mrrEnd()));
    o.set("grr_pct", r.grrPct().map(DecimalNode::valueOf).orElse(null));
    o.set("nrr_pct", r.nrrPct().map(DecimalNode::valueOf).orElse(null));
    return o;
  }

  private static ObjectNode group(Movements.Group g) {
    ObjectNode node = NODES.objectNode();
    node.put("customers", g.customers());
    node.set("mrr", JsonNumbers.amount(g.mrr()));
    return node;
  }
}
