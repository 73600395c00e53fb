package org.paperradar.ingest;

import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to harvest over OAI-PMH.
 *
 * @param set OAI set, e.g. {@code cs}; null for the whole archive
 * @param metadataPrefix {@code arXiv} or {@code arXivRaw}
 * @param from first datestamp (inclusive), or null
 * @param until last datestamp (inclusive), or null
 * @param categories keep only papers in one of these categories (empty: keep all)
 */
public record OaiOptions(
    URI baseUrl,
    String set,
    String metadataPrefix,
    LocalDate from,
    LocalDate until,
    Set<String> categories) {
  public static final URI DEFAULT_BASE_URL = URI.create("https://oaipmh.arxiv.org/oai");

  public OaiOptions {
    baseUrl = baseUrl == null ? DEFAULT_BASE_URL : baseUrl;
    metadataPrefix = metadataPrefix == null ? "arXiv" : metadataPrefix;
    categories = categories == null ? Set.of() : Set.copyOf(categories);
    if (!metadataPrefix.equals("arXiv") && !metadataPrefix.equals("arXivRaw")) {
      throw new IllegalArgumentException(
          "metadata prefix must be arXiv or arXivRaw, not " + metadataPrefix);
    }
  }

  /** A harvest of arXiv categories: the set is their archive (cs.LG, cs.CL -> {@code cs}). */
  public static OaiOptions forCategories(Set<String> categories, LocalDate from, LocalDate until) {
    Set<String> archives = new TreeSet<>();
    categories.forEach(c -> archives.add(c.contains(".") ? c.substring(0, c.indexOf('.')) : c));
    String set = archives.size() == 1 ? archives.iterator().next() : null;
    return new OaiOptions(DEFAULT_BASE_URL, set, "arXiv", from, until, categories);
  }

  public OaiOptions withBaseUrl(URI url) {
    return new OaiOptions(url, set, metadataPrefix, from, until, categories);
  }

  public OaiOptions withMetadataPrefix(String prefix) {
    return new OaiOptions(baseUrl, set, prefix, from, until, categories);
  }

  /**
   * Names the harvest's checkpoint: the same request harvested again continues (or, once complete,
   * goes on incrementally) from where the last run stopped.
   */
  public String checkpointName() {
    return String.join(
        ":",
        "oai",
        set == null ? "" : set,
        metadataPrefix,
        from == null ? "" : from.toString(),
        until == null ? "" : until.toString(),
        String.join(",", new TreeSet<>(categories)));
  }
}
