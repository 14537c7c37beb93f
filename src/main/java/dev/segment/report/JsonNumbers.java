package dev.segment.report;

import com.fasterxml.jackson.databind.node.DecimalNode;
import dev.segment.model.Amounts;
import java.math.BigDecimal;

/** How the JSON report and its decision sections write an amount. */
final class JsonNumbers {
  private JsonNumbers() {}

  /** An amount as the CSV files write it, so JSON and CSV show the same digits. */
  static DecimalNode amount(BigDecimal value) {
    return DecimalNode.valueOf(new BigDecimal(Amounts.plain(value)));
  }
}
