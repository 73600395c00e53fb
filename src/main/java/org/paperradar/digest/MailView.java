package org.paperradar.digest;

import java.util.List;

/**
 * What the digest templates show: plain strings only, already chosen and formatted; the HTML
 * template escapes every value.
 */
public record MailView(
    String heading,
    String intro,
    List<Item> recommended,
    List<Item> trending,
    String unsubscribeUrl,
    String settingsUrl,
    String feedUrl) {
  public MailView {
    recommended = List.copyOf(recommended);
    trending = List.copyOf(trending);
  }

  /** One paper: title linked to its page, authors, categories, why it is here, an excerpt. */
  public record Item(
      String id,
      String title,
      String url,
      String authors,
      String categories,
      String why,
      String excerpt) {}
}
