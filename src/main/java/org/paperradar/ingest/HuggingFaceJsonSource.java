package org.paperradar.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperradar.paper.ArxivId;
import org.paperradar.paper.Paper;

/**
 * The Hugging Face daily papers API: a JSON array of {@code {"paper": {...}, ...}} wrappers or of
 * flat paper objects ({@code id, title, summary, authors[{name}], upvotes, publishedAt}), or JSON
 * Lines of either. Streamed element by element, so a large array never sits in memory at once.
 */
public final class HuggingFaceJsonSource implements PaperSource {
  public static final String FORMAT = "hf-json";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean sniff(String head) {
    String h = head.stripLeading();
    return (h.startsWith("[") || h.startsWith("{"))
        && (h.contains("\"upvotes\"") || h.contains("\"publishedAt\""));
  }

  @Override
  public void read(InputStream in, String origin, IngestSink sink) throws IOException {
    long record = 0;
    try (JsonParser p = JsonLinesSource.JSON.createParser(in)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
              throw new EndOfInput(p.currentLocation());
            }
            element(p.readValueAsTree(), ++record, origin, sink);
          }
        } else {
          element(p.readValueAsTree(), ++record, origin, sink);
        }
      }
    } catch (EndOfInput e) {
      sink.reject(at(origin, e.location, "invalid JSON: unexpected end of input in an array"));
    } catch (JsonProcessingException e) {
      // Syntax errors leave the parser without a reliable place to resume: report and stop.
      JsonLocation loc = e.getLocation();
      sink.reject(at(origin, loc, "invalid JSON: " + e.getOriginalMessage()));
    } catch (CharConversionException e) {
      sink.reject(Reject.atRecord(origin, record + 1, "not valid UTF-8: " + e.getMessage()));
    }
  }

  private static Reject at(String origin, JsonLocation loc, String reason) {
    if (loc == null) {
      return Reject.atLine(origin, 0, reason);
    }
    return Reject.atLine(
        origin,
        loc.getLineNr(),
        reason + " (column " + loc.getColumnNr() + ", byte " + loc.getByteOffset() + ")");
  }

  private static void element(JsonNode node, long record, String origin, IngestSink sink) {
    if (node == null || !node.isObject()) {
      sink.reject(Reject.atRecord(origin, record, "not a JSON object"));
      return;
    }
    try {
      Paper p = convert(node);
      Optional<String> problem = PaperValidator.problem(p);
      if (problem.isPresent()) {
        sink.reject(Reject.atRecord(origin, record, problem.get()));
      } else {
        sink.accept(p, record);
      }
    } catch (IllegalArgumentException e) {
      sink.reject(Reject.atRecord(origin, record, e.getMessage()));
    }
  }

  static Paper convert(JsonNode outer) {
    JsonNode inner = outer.get("paper");
    if (inner != null && !inner.isObject()) {
      throw new BadRecordException("field 'paper' is not an object");
    }
    JsonNode paper = inner != null ? inner : outer;
    ArxivId id = ArxivId.parse(JsonLinesSource.required(paper, "id"));
    return Paper.builder(id.base())
        .version(id.version())
        .title(either(paper, outer, "title"))
        .abstractText(either(paper, outer, "summary"))
        .authors(authors(paper.get("authors")))
        .upvotes(upvotes(paper.has("upvotes") ? paper : outer))
        .submitted(Dates.iso(either(paper, outer, "publishedAt")))
        .source(FORMAT)
        .build();
  }

  private static String either(JsonNode paper, JsonNode outer, String field) {
    String v = JsonLinesSource.text(paper, field);
    return v != null ? v : JsonLinesSource.text(outer, field);
  }

  private static int upvotes(JsonNode n) {
    JsonNode v = n.get("upvotes");
    if (v == null || v.isNull()) {
      return 0;
    }
    if (!v.canConvertToInt() || v.asInt() < 0) {
      throw new BadRecordException("field 'upvotes' is not a count");
    }
    return v.asInt();
  }

  /** {@code [{"name": ...}]} as the API sends, or plain strings. */
  private static List<String> authors(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new BadRecordException("field 'authors' is not an array");
    }
    for (JsonNode a : v) {
      String name = a.isObject() ? JsonLinesSource.text(a, "name") : Texts.clean(a.asText(""));
      if (name != null) {
        out.add(name);
      }
    }
    return out;
  }

  /** An array left open at the end of the input (a truncated download). */
  private static final class EndOfInput extends IOException {
    private static final long serialVersionUID = 1L;
    final transient JsonLocation location;

    EndOfInput(JsonLocation location) {
      this.location = location;
    }
  }
}
