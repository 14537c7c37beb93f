package dev.segment.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerminalSectionsTest {
  private static String text(ReportView.Section s) throws IOException {
    StringBuilder out = new StringBuilder();
    TerminalSections.write(s, out);
    return out.toString();
  }

  @Test
  void factsSitInALabelColumnOrInline() throws IOException {
    ReportView.Fact fact = new ReportView.Fact("Moved up", "2 customers");
    assertThat(text(new ReportView.Section("a", "Heading", new ReportView.Facts(List.of(fact)))))
        .isEqualTo("\nHeading\n  Moved up        2 customers\n");
    assertThat(
            text(new ReportView.Section("a", "Heading", new ReportView.Facts(List.of(fact), true))))
        .isEqualTo("\nHeading\n  Moved up: 2 customers\n");
  }

  @Test
  void aTableHasItsHeaderAndACaptionedOneIsAListUnderItsCaption() throws IOException {
    List<String> header = List.of("", "Customers");
    List<List<String>> rows = List.of(List.of("Tier 1", "12"), List.of("Tier 2", "3"));
    assertThat(
            text(
                new ReportView.Section(
                    "a", "H", new ReportView.Table(Optional.empty(), header, rows, 1, false))))
        .isEqualTo("\nH\n          Customers\n  Tier 1         12\n  Tier 2          3\n");
    assertThat(
            text(
                new ReportView.Section(
                    "a", "H", new ReportView.Table(Optional.of("Movers"), header, rows, 1, false))))
        .isEqualTo("\nH\n  Movers\n    Tier 1  12\n    Tier 2   3\n");
  }

  @Test
  void aHangingParagraphIndentsItsLaterLines() throws IOException {
    String words = "word ".repeat(40).strip();
    String flush = text(new ReportView.Section("a", "H", new ReportView.Paragraph(words)));
    String hanging = text(new ReportView.Section("a", "H", new ReportView.Paragraph(words, true)));
    assertThat(flush.split("\n")[3]).startsWith("  word");
    assertThat(hanging.split("\n")[3]).startsWith("    word");
  }

  @Test
  void itemsAreEachWrappedWithHangingLines() throws IOException {
    assertThat(text(new ReportView.Section("a", "H", new ReportView.Items(List.of("x", "y")))))
        .isEqualTo("\nH\n  x\n  y\n");
  }
}
