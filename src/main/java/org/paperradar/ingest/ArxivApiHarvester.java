package org.paperradar.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.paperradar.store.Database;
import org.paperradar.store.HarvestCheckpoints;
import org.paperradar.store.HarvestCheckpoints.Checkpoint;

/**
 * Pages through an arXiv export-API query with {@code start}/{@code max_results} until {@code
 * totalResults} or an empty page. The next start index is checkpointed with each page (as the
 * checkpoint's token), so an interrupted run continues where it stopped; a complete query run again
 * starts over, and upserts make that a cheap no-op for unchanged papers.
 */
public final class ArxivApiHarvester {

  private final Database db;
  private final HttpFetcher http;
  private final HarvestListener listener;

  public ArxivApiHarvester(Database db, HttpSettings http, HarvestListener listener) {
    this.db = db;
    this.http = new HttpFetcher(http);
    this.listener = listener;
  }

  public HarvestReport harvest(ApiOptions o) throws IOException {
    String name = o.checkpointName();
    Optional<Checkpoint> cp = new HarvestCheckpoints(db).find(name);
    Checkpoint resumed = null;
    long start = 0;
    if (cp.isPresent() && !cp.get().complete() && cp.get().resumptionToken() != null) {
      resumed = cp.get();
      start = Long.parseLong(resumed.resumptionToken());
    }
    HarvestRun run =
        new HarvestRun(
            db, o.baseUrl().toString(), ArxivAtomSource.FORMAT, name, Set.of(), resumed, listener);
    boolean ok = false;
    try {
      while (true) {
        URI uri = page(o, start);
        CollectingSink sink = new CollectingSink();
        AtomPage page = fetch(uri, sink);
        if (!page.errors().isEmpty()) {
          throw new HarvestException("arXiv API error from " + uri + ": " + page.errors().get(0));
        }
        long next = start + page.entries();
        long total = page.totalResults();
        boolean last =
            page.entries() == 0
                || (total >= 0 && next >= total)
                || (o.limit() > 0 && next >= o.limit());
        run.storePage(
            sink.papers(),
            sink.rejects(),
            new HarvestRun.PageResult(
                page.entries(), 0, last ? null : Long.toString(next), null, next, total));
        if (last) {
          break;
        }
        start = next;
      }
      ok = true;
    } finally {
      run.finish(ok);
    }
    return run.report();
  }

  private AtomPage fetch(URI uri, CollectingSink sink) throws IOException {
    return http.fetchPage(
        uri,
        sink,
        (body, origin, into) ->
            ArxivAtomSource.readPage(new ByteArrayInputStream(body), origin, into));
  }

  static URI page(ApiOptions o, long start) {
    return URI.create(
        o.baseUrl()
            + "?search_query="
            + enc(o.query())
            + "&start="
            + start
            + "&max_results="
            + o.pageSize()
            + "&sortBy="
            + enc(o.sortBy())
            + "&sortOrder="
            + enc(o.sortOrder()));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
