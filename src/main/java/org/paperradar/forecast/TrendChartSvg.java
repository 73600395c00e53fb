package org.paperradar.forecast;

import java.util.List;
import java.util.Locale;

/**
 * A {@link ConceptTrend} as a self-contained SVG bar chart (papers per period), for the web app to
 * inline: no scripts, no external fonts, all text escaped.
 */
public final class TrendChartSvg {
  private static final int LEFT = 44;
  private static final int RIGHT = 12;
  private static final int TOP = 28;
  private static final int BOTTOM = 28;

  private TrendChartSvg() {}

  public static String render(ConceptTrend trend, int width, int height) {
    List<ConceptTrend.Point> pts = trend.points();
    int max = 1;
    for (ConceptTrend.Point p : pts) {
      max = Math.max(max, p.papers());
    }
    double plotW = width - LEFT - RIGHT;
    double plotH = height - TOP - BOTTOM;
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"11\">",
            width,
            height,
            width,
            height,
            escape("Papers per " + unit(trend) + " mentioning " + trend.concept())));
    s.append("<title>").append(escape(trend.concept())).append("</title>");
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"16\" font-size=\"13\">%s</text>",
            LEFT,
            escape(trend.concept() + " — papers per " + unit(trend))));
    double baseline = TOP + plotH;
    s.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>",
            LEFT,
            baseline,
            LEFT + plotW,
            baseline));
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>",
            LEFT - 4,
            TOP + 4.0,
            max));
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">0</text>",
            LEFT - 4,
            baseline));
    double slot = pts.isEmpty() ? 0 : plotW / pts.size();
    for (int i = 0; i < pts.size(); i++) {
      ConceptTrend.Point p = pts.get(i);
      double h = plotH * p.papers() / max;
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#3b6ea5\">"
                  + "<title>%s: %d of %d papers</title></rect>",
              LEFT + i * slot + slot * 0.1,
              baseline - h,
              Math.max(0.5, slot * 0.8),
              h,
              escape(p.period()),
              p.papers(),
              p.allPapers()));
    }
    if (!pts.isEmpty()) {
      label(s, LEFT, baseline + 16, "start", pts.get(0).period());
      label(s, LEFT + plotW, baseline + 16, "end", pts.get(pts.size() - 1).period());
    }
    return s.append("</svg>").toString();
  }

  private static void label(StringBuilder s, double x, double y, String anchor, String text) {
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>",
            x,
            y,
            anchor,
            escape(text)));
  }

  private static String unit(ConceptTrend t) {
    return t.step() == ConceptTrend.Step.YEAR ? "year" : "month";
  }

  /** XML text and attribute escaping. */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n') {
            b.append(c); // other control characters are not allowed in XML 1.0
          }
        }
      }
    }
    return b.toString();
  }
}
