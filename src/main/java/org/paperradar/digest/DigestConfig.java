package org.paperradar.digest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/**
 * How digests are composed and linked. Code-first with defaults; logged at start-up.
 *
 * @param baseUrl where the web app is reached from a reader's mail client (links, unsubscribe)
 * @param recommended papers from the recommender per digest
 * @param trending trending papers per digest
 * @param zone the time zone of readers' digest hours and of the pipeline's day
 */
public record DigestConfig(URI baseUrl, int recommended, int trending, ZoneId zone) {
  public static final URI DEFAULT_BASE_URL = URI.create("http://localhost:7070");

  public DigestConfig {
    String s = baseUrl.toString();
    baseUrl = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    if (recommended < 1 || recommended > 100 || trending < 0 || trending > 100) {
      throw new IllegalArgumentException("digest sizes must be 1-100 and 0-100");
    }
  }

  /** 10 recommended and 5 trending papers, links to localhost:7070, the machine's time zone. */
  public static DigestConfig defaults() {
    return new DigestConfig(DEFAULT_BASE_URL, 10, 5, ZoneId.systemDefault());
  }

  public DigestConfig withBaseUrl(URI url) {
    return new DigestConfig(url, recommended, trending, zone);
  }

  public DigestConfig withZone(ZoneId z) {
    return new DigestConfig(baseUrl, recommended, trending, z);
  }

  public DigestConfig withSizes(int rec, int trend) {
    return new DigestConfig(baseUrl, rec, trend, zone);
  }

  /** The web app's page of a paper. */
  public String paperUrl(String paperId) {
    return baseUrl + "/paper/" + URLEncoder.encode(paperId, StandardCharsets.UTF_8);
  }

  public String unsubscribeUrl(String token) {
    return baseUrl + "/unsubscribe/" + token;
  }

  public String userFeedUrl(String token) {
    return baseUrl + "/feeds/user/" + token + ".atom";
  }

  public String categoryFeedUrl(String category) {
    return baseUrl
        + "/feeds/category/"
        + URLEncoder.encode(category, StandardCharsets.UTF_8)
        + ".atom";
  }

  public String trendingFeedUrl() {
    return baseUrl + "/feeds/trending.atom";
  }

  public String settingsUrl() {
    return baseUrl + "/settings";
  }
}
