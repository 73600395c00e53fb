package org.paperradar.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.paperradar.store.Database;
import org.paperradar.store.HarvestCheckpoints;
import org.paperradar.store.HarvestCheckpoints.Checkpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Harvests arXiv over OAI-PMH {@code ListRecords}, page by page along resumption tokens. Each page
 * is stored with the checkpoint that follows it, so a harvest killed at any moment resumes with the
 * stored token; a server that no longer knows that token is asked again from the last datestamp
 * (upserts make the overlap harmless). A complete harvest, run again, fetches only what changed
 * since its last datestamp.
 */
public final class OaiHarvester {
  private static final Logger LOG = LoggerFactory.getLogger(OaiHarvester.class);

  private final Database db;
  private final HttpFetcher http;
  private final HarvestListener listener;

  public OaiHarvester(Database db, HttpSettings http, HarvestListener listener) {
    this.db = db;
    this.http = new HttpFetcher(http);
    this.listener = listener;
  }

  public HarvestReport harvest(OaiOptions o) throws IOException {
    String name = o.checkpointName();
    Optional<Checkpoint> cp = new HarvestCheckpoints(db).find(name);
    String token = null;
    String lastDatestamp = null;
    LocalDate from = o.from();
    Checkpoint resumed = null;
    if (cp.isPresent()) {
      lastDatestamp = cp.get().lastDatestamp();
      if (!cp.get().complete() && cp.get().resumptionToken() != null) {
        resumed = cp.get();
        token = resumed.resumptionToken();
      } else {
        from = later(from, lastDatestamp);
      }
    }
    HarvestRun run =
        new HarvestRun(
            db,
            o.baseUrl().toString(),
            OaiPmhSource.FORMAT,
            name,
            o.categories(),
            resumed,
            listener);
    boolean ok = false;
    try {
      boolean resuming = token != null;
      while (true) {
        URI uri = token != null ? resume(o.baseUrl(), token) : firstPage(o, from);
        CollectingSink sink = new CollectingSink();
        OaiPage page = fetch(uri, sink);
        Optional<OaiError> failure = page.failure();
        if (failure.isPresent()) {
          if (resuming && OaiError.BAD_RESUMPTION_TOKEN.equals(failure.get().code())) {
            LOG.warn("resumption token expired; harvesting again from {}", lastDatestamp);
            token = null;
            from = later(o.from(), lastDatestamp);
            resuming = false;
            continue;
          }
          throw new HarvestException("OAI error from " + uri + ": " + failure.get());
        }
        resuming = false;
        lastDatestamp = max(lastDatestamp, page.maxDatestamp());
        if (page.noRecordsMatch()) {
          run.completeEmpty(lastDatestamp);
          break;
        }
        token = page.hasMore() ? page.resumptionToken() : null;
        long done = page.cursor() >= 0 ? page.cursor() + page.records() : -1;
        run.storePage(
            sink.papers(),
            sink.rejects(),
            new HarvestRun.PageResult(
                page.records(),
                page.deleted(),
                token,
                lastDatestamp,
                done,
                page.completeListSize()));
        if (token == null) {
          break;
        }
      }
      ok = true;
    } finally {
      run.finish(ok);
    }
    return run.report();
  }

  private OaiPage fetch(URI uri, CollectingSink sink) throws IOException {
    return http.fetchPage(
        uri,
        sink,
        (body, origin, into) ->
            OaiPmhSource.readPage(new ByteArrayInputStream(body), origin, into));
  }

  static URI firstPage(OaiOptions o, LocalDate from) {
    StringBuilder q =
        new StringBuilder("verb=ListRecords&metadataPrefix=").append(o.metadataPrefix());
    if (o.set() != null) {
      q.append("&set=").append(enc(o.set()));
    }
    if (from != null) {
      q.append("&from=").append(from);
    }
    if (o.until() != null) {
      q.append("&until=").append(o.until());
    }
    return URI.create(o.baseUrl() + "?" + q);
  }

  static URI resume(URI base, String token) {
    return URI.create(base + "?verb=ListRecords&resumptionToken=" + enc(token));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The later of the requested start and a stored datestamp (OAI datestamps are days here). */
  private static LocalDate later(LocalDate from, String datestamp) {
    if (datestamp == null || datestamp.length() < 10) {
      return from;
    }
    LocalDate d = LocalDate.parse(datestamp.substring(0, 10));
    return from == null || d.isAfter(from) ? d : from;
  }

  private static String max(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }
}
