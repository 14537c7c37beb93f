package dev.segment.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.Presentation;
import dev.segment.model.SegmentReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartSvgTest {
  private static Document parse(byte[] bytes) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  @Test
  void theInlineElementIsSvgWithAViewBoxAndNoProlog() throws Exception {
    JFreeChart chart = ParetoChart.build(SampleReports.essay(2000, 42));

    String svg = ChartSvg.svg(chart, 800, 450);

    assertThat(svg).startsWith("<svg ").endsWith("</svg>");
    Element root = parse(svg.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("width")).isEqualTo("800.0");
    assertThat(root.getAttribute("viewBox")).isEqualTo("0.0 0.0 800.0 450.0");
  }

  @Test
  void barsAreOnePathPerBandAndClipsAreAHandful() {
    JFreeChart chart = ParetoChart.build(SampleReports.essay(20_000, 7));

    String svg = ChartSvg.svg(chart, 800, 450);

    // The bars' grey (ChartStyle.BAR) fills one path per tier band: three bands, three paths.
    int barPaths = svg.split("fill:rgb\\(140,147,155\\)", -1).length - 1;
    // The legend's grey square is the one more.
    assertThat(barPaths).isEqualTo(3 + 1);
    assertThat(svg.split("<rect", -1).length - 1).as("rectangles").isLessThan(20);
    assertThat(svg.split("<clipPath", -1).length - 1).as("clip paths").isLessThanOrEqualTo(5);
    assertThat(svg.split("clip-path=", -1).length - 1)
        .as("elements or groups naming a clip")
        .isLessThanOrEqualTo(8);
  }

  @Test
  void theFileIsAnXmlDocumentHoldingTitleSubtitleAndTierLabelsAsText() throws Exception {
    SegmentReport report = SampleReports.essay(2000, 42);
    Presentation presentation =
        new Presentation(
            Optional.of("Tiers & totals <Q4>"),
            Optional.of(LocalDate.of(2026, 12, 1)),
            Presentation.BarScale.LOG);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ChartSvg.write(ParetoChart.build(report, presentation), 1600, 900, out);

    String file = out.toString(StandardCharsets.UTF_8);
    assertThat(file).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ");
    String text = parse(out.toByteArray()).getDocumentElement().getTextContent();
    assertThat(text)
        .contains("Tiers & totals <Q4>", "As of 2026-12-01", "Tier 1", "Tier 2", "Tier 3")
        .contains("% of customers", "% of MRR");
  }
}
