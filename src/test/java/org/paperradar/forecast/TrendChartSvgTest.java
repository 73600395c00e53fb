package org.paperradar.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class TrendChartSvgTest {
  @Test
  void wellFormedSvgWithOneBarPerPeriodAndEscapedText() throws Exception {
    var trend =
        new ConceptTrend(
            "<script>alert('x')</script> & co",
            ConceptTrend.Step.MONTH,
            List.of(
                new ConceptTrend.Point("2025-01", 2, 10),
                new ConceptTrend.Point("2025-02", 0, 12),
                new ConceptTrend.Point("2025-03", 5, 9)));
    String svg = TrendChartSvg.render(trend, 400, 200);
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;").contains("&amp; co");
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(3);
    assertThat(svg).contains("2025-03: 5 of 9 papers");
  }

  @Test
  void emptyTrendStillRenders() {
    String svg =
        TrendChartSvg.render(new ConceptTrend("x", ConceptTrend.Step.YEAR, List.of()), 300, 120);
    assertThat(svg).startsWith("<svg").endsWith("</svg>");
  }
}
