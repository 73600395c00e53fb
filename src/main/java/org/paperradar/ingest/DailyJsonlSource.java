package org.paperradar.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.paperradar.paper.ArxivId;
import org.paperradar.paper.Paper;

/**
 * The daily-announcement JSONL of {@code ../shared/data/arxiv/}: {@code id, title, abstract,
 * authors[], categories[], comment, date}, where {@code date} is the announcement day.
 */
public final class DailyJsonlSource extends JsonLinesSource {
  public static final String FORMAT = "arxiv-daily";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean sniff(String head) {
    String h = head.stripLeading();
    return h.startsWith("{")
        && h.contains("\"abstract\"")
        && h.contains("\"date\"")
        && !h.contains("\"versions\"")
        && !h.contains("\"authors_parsed\"");
  }

  @Override
  Paper convert(JsonNode n) {
    ArxivId id = ArxivId.parse(required(n, "id"));
    return Paper.builder(id.base())
        .version(id.version())
        .title(required(n, "title"))
        .abstractText(text(n, "abstract"))
        .authors(strings(n, "authors"))
        .categories(strings(n, "categories"))
        .comment(text(n, "comment"))
        .announced(Dates.iso(text(n, "date")))
        .source(FORMAT)
        .build();
  }
}
