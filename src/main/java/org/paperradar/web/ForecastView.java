package org.paperradar.web;

import java.util.List;
import java.util.Locale;
import org.paperradar.forecast.ConceptTrend;

/** What the forecast pages show (plain text: the templates escape it) and the API returns. */
public final class ForecastView {
  private ForecastView() {}

  /** A paper behind a suggestion: its id, title (empty if not in the store) and page. */
  public record PaperRef(String id, String title, String url) {
    public String text() {
      return title.isBlank() ? id : title;
    }
  }

  /** One suggestion as the page and the API show it. */
  public record DirectionView(
      String ownConcept,
      String ownUrl,
      String otherConcept,
      String otherUrl,
      double probability,
      List<PaperRef> ownPapers,
      List<PaperRef> otherPapers) {
    public String score() {
      return String.format(Locale.ROOT, "%.1f %%", probability * 100);
    }
  }

  /** A concept's neighbour with its link. */
  public record NeighbourView(String concept, int papers, String url) {}

  /** A concept page's content. */
  public record ConceptView(
      String concept,
      String step,
      int totalPapers,
      String svg,
      List<ConceptTrend.Point> points,
      List<NeighbourView> neighbours,
      String otherStepUrl,
      String otherStepLabel) {}
}
