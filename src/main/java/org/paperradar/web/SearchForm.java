package org.paperradar.web;

import java.util.List;

/** The search form as the reader filled it in (strings, to show them back as typed). */
public record SearchForm(
    String q, String mode, String categories, String from, String to, String author, int n) {
  public static final List<String> MODES = List.of("hybrid", "lexical", "semantic");

  public boolean hasFilters() {
    return !categories.isBlank() || !from.isBlank() || !to.isBlank() || !author.isBlank();
  }
}
