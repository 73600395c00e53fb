package org.paperradar.digest;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperradar.paper.Paper;
import org.paperradar.recommend.Recommendation;
import org.paperradar.search.ScorePart;
import org.paperradar.search.ScoredPaper;

/**
 * Renders a digest as a subject, a plain-text part and an HTML part. The HTML comes from the
 * precompiled jte template {@code digest/mail.jte}, which escapes every value (titles and abstracts
 * are untrusted text); the text part needs no escaping and is written here.
 */
public final class DigestRenderer {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
  private static final int EXCERPT = 280;

  private final DigestConfig config;

  public DigestRenderer(DigestConfig config) {
    this.config = config;
  }

  /** A rendered digest. */
  public record Rendered(String subject, String text, String html) {}

  public Rendered render(Digest d, String unsubscribeUrl, String feedUrl) {
    MailView view = view(d, unsubscribeUrl, feedUrl);
    return new Rendered(subject(d), text(view), html("digest/mail.jte", Map.of("view", view)));
  }

  /** A page of the unsubscribe flow (also used by {@link DigestRoutes}). */
  static String page(String heading, String message, String action, String button) {
    return html(
        "digest/unsubscribe.jte",
        Map.of("heading", heading, "message", message, "action", action, "button", button));
  }

  static String subject(Digest d) {
    int n = d.size();
    return String.format(
            Locale.ROOT,
            "PaperRadar digest, %s: %d paper%s for you%s",
            DAY.format(d.day()),
            d.recommended().size(),
            d.recommended().size() == 1 ? "" : "s",
            d.trending().isEmpty() ? "" : " + " + d.trending().size() + " trending")
        + (n == 0 ? " (nothing new)" : "");
  }

  MailView view(Digest d, String unsubscribeUrl, String feedUrl) {
    List<MailView.Item> recs = new ArrayList<>();
    for (Recommendation r : d.recommended()) {
      recs.add(item(r.scored().paper(), r.why().summary()));
    }
    List<MailView.Item> hot = new ArrayList<>();
    for (ScoredPaper s : d.trending()) {
      hot.add(item(s.paper(), votes(s)));
    }
    String intro =
        String.format(
            Locale.ROOT,
            "Hello %s, here are the new papers since %s that match your interests%s.",
            d.user().name(),
            DAY.format(d.since()),
            d.trending().isEmpty() ? "" : ", and what readers are upvoting");
    return new MailView(
        "Your PaperRadar digest, " + DAY.format(d.day()),
        intro,
        recs,
        hot,
        unsubscribeUrl,
        config.settingsUrl(),
        feedUrl);
  }

  private MailView.Item item(Paper p, String why) {
    List<String> authors = p.authors();
    String names =
        authors.size() <= 3
            ? String.join(", ", authors)
            : String.join(", ", authors.subList(0, 3)) + " et al.";
    return new MailView.Item(
        p.id(),
        oneLine(p.title()),
        config.paperUrl(p.id()),
        names,
        String.join(" ", p.categories()),
        why,
        excerpt(p.abstractText()));
  }

  private static String votes(ScoredPaper s) {
    double votes = 0;
    for (ScorePart part : s.parts()) {
      if (part.name().equals("votes") || part.name().equals("upvotes")) {
        votes += part.value();
      }
    }
    return votes > 0
        ? String.format(Locale.ROOT, "%.0f upvote%s", votes, votes == 1 ? "" : "s")
        : "";
  }

  static String text(MailView v) {
    StringBuilder sb = new StringBuilder();
    sb.append(v.heading()).append("\n\n").append(v.intro()).append("\n");
    section(sb, "FOR YOU", v.recommended(), true);
    section(sb, "TRENDING", v.trending(), false);
    sb.append("\n--\nDigest settings: ").append(v.settingsUrl()).append('\n');
    sb.append("Your Atom feed: ").append(v.feedUrl()).append('\n');
    sb.append("Unsubscribe: ").append(v.unsubscribeUrl()).append('\n');
    return sb.toString();
  }

  private static void section(
      StringBuilder sb, String title, List<MailView.Item> items, boolean excerpts) {
    if (items.isEmpty()) {
      return;
    }
    sb.append('\n').append(title).append("\n\n");
    int n = 1;
    for (MailView.Item i : items) {
      sb.append(n++).append(". ").append(i.title()).append('\n');
      sb.append("   ").append(i.authors()).append(" · ").append(i.categories()).append('\n');
      if (!i.why().isEmpty()) {
        sb.append("   ").append(excerpts ? "Why: " : "").append(i.why()).append('\n');
      }
      if (excerpts && !i.excerpt().isEmpty()) {
        sb.append("   ").append(i.excerpt()).append('\n');
      }
      sb.append("   ").append(i.url()).append("\n\n");
    }
  }

  private static String html(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, params, out);
    return out.toString();
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  static String excerpt(String abstractText) {
    String s = oneLine(abstractText);
    if (s.length() <= EXCERPT) {
      return s;
    }
    int cut = s.lastIndexOf(' ', EXCERPT);
    return s.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + " …";
  }
}
