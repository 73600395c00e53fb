package org.paperradar.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs with a polite pause between requests and exponential back-off on I/O errors, 5xx and 429
 * (honouring {@code Retry-After}). Other 4xx answers are final: retrying would not help.
 */
final class HttpFetcher {
  private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);

  private final HttpSettings settings;
  private final HttpClient client;
  private long lastRequestEnd = Long.MIN_VALUE;

  HttpFetcher(HttpSettings settings) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(settings.timeout())
            .build();
  }

  /** Parses a response body into a page, reporting records into the sink. */
  interface PageParser<P extends FetchedPage> {
    P parse(byte[] body, String origin, CollectingSink sink) throws IOException;
  }

  /**
   * GETs and parses a page. A body that is not well-formed (a cut-off transfer) is fetched again
   * like a failed request; only a well-formed page's records reach {@code sink}, since a cut-off
   * page's resumption point is unknown.
   */
  <P extends FetchedPage> P fetchPage(URI uri, CollectingSink sink, PageParser<P> parser)
      throws IOException {
    for (int attempt = 1; ; attempt++) {
      CollectingSink attemptSink = new CollectingSink();
      P page = parser.parse(get(uri), uri.toString(), attemptSink);
      if (page.wellFormed()) {
        sink.papers().addAll(attemptSink.papers());
        sink.rejects().addAll(attemptSink.rejects());
        return page;
      }
      if (attempt >= settings.maxTries()) {
        throw new HarvestException(
            "broken response from " + uri + " after " + attempt + " tries: " + page.malformed());
      }
      LOG.warn("broken response from {} (try {}): {}", uri, attempt, page.malformed());
      backoff(attempt);
    }
  }

  HttpSettings settings() {
    return settings;
  }

  byte[] get(URI uri) throws IOException {
    IOException last = null;
    for (int attempt = 1; attempt <= settings.maxTries(); attempt++) {
      politePause();
      Duration wait;
      try {
        HttpResponse<byte[]> resp = send(uri);
        int code = resp.statusCode();
        if (code == 200) {
          return resp.body();
        }
        if (code < 500 && code != 429) {
          throw new HarvestException("HTTP " + code + " from " + uri);
        }
        last = new HarvestException("HTTP " + code + " from " + uri);
        wait = retryAfter(resp).orElse(settings.backoffFor(attempt));
      } catch (HarvestException | InterruptedIOException e) {
        throw e;
      } catch (IOException e) {
        last = e;
        wait = settings.backoffFor(attempt);
      }
      if (attempt < settings.maxTries()) {
        Duration w = wait.compareTo(settings.maxWait()) > 0 ? settings.maxWait() : wait;
        LOG.warn(
            "{} (try {}/{}); retrying in {} ms",
            last.getMessage(),
            attempt,
            settings.maxTries(),
            w.toMillis());
        sleep(w);
      }
    }
    throw new HarvestException(
        "giving up on " + uri + " after " + settings.maxTries() + " tries: " + last.getMessage(),
        last);
  }

  /** Sleeps the back-off before retry {@code attempt}; for callers that retry broken bodies. */
  void backoff(int attempt) throws InterruptedIOException {
    sleep(settings.backoffFor(attempt));
  }

  private HttpResponse<byte[]> send(URI uri) throws IOException {
    HttpRequest req =
        HttpRequest.newBuilder(uri)
            .timeout(settings.timeout())
            .header("User-Agent", settings.userAgent())
            .GET()
            .build();
    try {
      return client.send(req, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while fetching " + uri);
    } finally {
      lastRequestEnd = System.nanoTime();
    }
  }

  private void politePause() throws InterruptedIOException {
    if (lastRequestEnd == Long.MIN_VALUE || settings.delay().isZero()) {
      return;
    }
    long left = settings.delay().toNanos() - (System.nanoTime() - lastRequestEnd);
    if (left > 0) {
      sleep(Duration.ofNanos(left));
    }
  }

  /** {@code Retry-After} as seconds or an HTTP date. */
  static Optional<Duration> retryAfter(HttpResponse<?> resp) {
    Optional<String> v = resp.headers().firstValue("Retry-After").map(String::strip);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v.get()))));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  private static void sleep(Duration d) throws InterruptedIOException {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }
}
