package org.paperradar.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperradar.paper.Paper;

/** Base for one-JSON-object-per-line formats: each line is parsed and converted on its own. */
abstract class JsonLinesSource implements PaperSource {
  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Converts one parsed line. Throws {@link BadRecordException} (or {@link
   * IllegalArgumentException}, e.g. from id parsing) with the reason to reject the line.
   */
  abstract Paper convert(JsonNode node);

  @Override
  public void read(InputStream in, String origin, IngestSink sink) throws IOException {
    LineReader.forEachLine(
        in,
        (number, text) -> {
          if (text.isBlank()) {
            return;
          }
          try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
              sink.reject(Reject.atLine(origin, number, "not a JSON object"));
              return;
            }
            Paper p = convert(node);
            Optional<String> problem = PaperValidator.problem(p);
            if (problem.isPresent()) {
              sink.reject(Reject.atLine(origin, number, problem.get()));
            } else {
              sink.accept(p, number);
            }
          } catch (JsonProcessingException e) {
            sink.reject(Reject.atLine(origin, number, "invalid JSON: " + e.getOriginalMessage()));
          } catch (IllegalArgumentException e) {
            sink.reject(Reject.atLine(origin, number, e.getMessage()));
          }
        },
        (number, reason) -> sink.reject(Reject.atLine(origin, number, reason)));
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isValueNode()) {
      throw new BadRecordException("field '" + field + "' is not a string");
    }
    return Texts.clean(v.asText());
  }

  static String required(JsonNode node, String field) {
    String v = text(node, field);
    if (v == null) {
      throw new BadRecordException("missing field '" + field + "'");
    }
    return v;
  }

  static List<String> strings(JsonNode node, String field) {
    JsonNode v = node.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new BadRecordException("field '" + field + "' is not an array");
    }
    for (JsonNode e : v) {
      String s = e.isValueNode() ? Texts.clean(e.asText()) : null;
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }
}
