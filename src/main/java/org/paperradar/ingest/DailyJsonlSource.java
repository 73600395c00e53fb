package org.paperradar.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperradar.paper.ArxivId;
import org.paperradar.paper.Paper;

/**
 * The daily-announcement JSONL of {@code ../shared/data/arxiv/}: {@code id, title, abstract,
 * authors[], categories[], comment, date}, where {@code date} is the announcement day. Also reads
 * the optional {@code version, submitted, updated, doi, journal_ref} that {@link JsonlWriter} adds.
 */
public final class DailyJsonlSource extends JsonLinesSource {
  public static final String FORMAT = "arxiv-daily";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean sniff(String head) {
    // Announcement day ("date") is absent from exports of papers that were never announced.
    String h = head.stripLeading();
    return h.startsWith("{")
        && h.contains("\"abstract\"")
        && h.contains("\"title\"")
        && !h.contains("\"versions\"")
        && !h.contains("\"authors_parsed\"");
  }

  @Override
  Paper convert(JsonNode n) {
    ArxivId id = ArxivId.parse(required(n, "id"));
    JsonNode v = n.get("version");
    return Paper.builder(id.base())
        .version(
            v != null && v.canConvertToInt() ? Math.max(v.asInt(), id.version()) : id.version())
        .title(required(n, "title"))
        .abstractText(text(n, "abstract"))
        .authors(AuthorNames.repair(strings(n, "authors")))
        .categories(strings(n, "categories"))
        .comment(text(n, "comment"))
        .announced(Dates.iso(text(n, "date")))
        // Optional fields written by `radar export --format jsonl`, so an export re-imports whole.
        .submitted(Dates.iso(text(n, "submitted")))
        .updated(Dates.iso(text(n, "updated")))
        .doi(text(n, "doi"))
        .journalRef(text(n, "journal_ref"))
        .source(FORMAT)
        .build();
  }
}
