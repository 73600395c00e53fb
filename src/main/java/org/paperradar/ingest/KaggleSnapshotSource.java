package org.paperradar.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paperradar.paper.ArxivId;
import org.paperradar.paper.Paper;

/**
 * The Kaggle arXiv metadata snapshot (one JSON object a line, 4 GB in full, streamed): authors as a
 * string plus {@code authors_parsed}, space-separated categories, {@code versions[]} with RFC 1123
 * dates, {@code update_date}.
 */
public final class KaggleSnapshotSource extends JsonLinesSource {
  public static final String FORMAT = "kaggle";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean sniff(String head) {
    String h = head.stripLeading();
    return h.startsWith("{") && (h.contains("\"authors_parsed\"") || h.contains("\"versions\""));
  }

  @Override
  Paper convert(JsonNode n) {
    ArxivId id = ArxivId.parse(required(n, "id"));
    JsonNode versions = n.get("versions");
    LocalDate first = null;
    LocalDate last = null;
    int version = id.version();
    if (versions != null && versions.isArray()) {
      for (JsonNode v : versions) {
        LocalDate d = Dates.rfc1123(text(v, "created"));
        first = first == null ? d : first;
        last = d;
        String tag = text(v, "version");
        if (tag != null && tag.startsWith("v")) {
          try {
            version = Math.max(version, Integer.parseInt(tag.substring(1)));
          } catch (NumberFormatException e) {
            throw new BadRecordException("bad version '" + Dates.abbreviate(tag) + "'", e);
          }
        }
      }
    }
    LocalDate updateDate = Dates.iso(text(n, "update_date"));
    String cats = text(n, "categories");
    return Paper.builder(id.base())
        .version(version)
        .title(required(n, "title"))
        .abstractText(text(n, "abstract"))
        .authors(authors(n))
        .categories(cats == null ? List.of() : List.of(cats.split(" ")))
        .submitted(first)
        .updated(updateDate != null ? updateDate : last)
        .comment(text(n, "comments"))
        .doi(text(n, "doi"))
        .journalRef(text(n, "journal-ref"))
        .source(FORMAT)
        .build();
  }

  /** Names from {@code authors_parsed} ([last, first, suffix]), else the raw string split. */
  private static List<String> authors(JsonNode n) {
    List<String> out = new ArrayList<>();
    JsonNode parsed = n.get("authors_parsed");
    if (parsed != null && parsed.isArray()) {
      for (JsonNode a : parsed) {
        if (!a.isArray() || a.isEmpty()) {
          continue;
        }
        String lastName = Texts.clean(a.path(0).asText(""));
        String firstName = Texts.clean(a.path(1).asText(""));
        String suffix = Texts.clean(a.path(2).asText(""));
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {firstName, lastName, suffix}) {
          if (part != null) {
            sb.append(sb.length() > 0 ? " " : "").append(part);
          }
        }
        if (sb.length() > 0) {
          out.add(LatexAccents.decode(sb.toString()));
        }
      }
      return out;
    }
    String raw = text(n, "authors");
    if (raw != null) {
      for (String a : raw.split(",|\\band\\b")) {
        String s = Texts.clean(a);
        if (s != null) {
          out.add(LatexAccents.decode(s));
        }
      }
    }
    return out;
  }
}
