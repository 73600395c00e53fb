package org.paperradar.web;

import java.util.List;
import java.util.Optional;

/** The daily papers page's header: what it shows and the links to the other views and days. */
public record DailyView(
    String heading,
    List<Tab> periodLinks,
    List<Tab> sortLinks,
    String previousUrl,
    String previousLabel,
    Optional<String> nextUrl,
    String nextLabel) {

  /** A view switch: its label, URL and whether it is the current one. */
  public record Tab(String text, String url, boolean active) {}
}
