package org.paperradar.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import io.javalin.json.JsonMapper;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import org.paperradar.paper.Paper;
import org.paperradar.recommend.Explanation;
import org.paperradar.search.ScorePart;
import org.paperradar.search.Snippets;

/** The API's JSON: Jackson for records, and the shapes the API returns. */
final class Json {
  static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private Json() {}

  /** Javalin's JSON mapper over our ObjectMapper (plain records and maps, no modules). */
  static JsonMapper mapper() {
    return new JsonMapper() {
      @Override
      public String toJsonString(Object obj, Type type) {
        try {
          return MAPPER.writeValueAsString(obj);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }

  /** The request body as a JSON object, or 400 saying what is wrong with it. */
  static JsonNode body(Context ctx) {
    String b = ctx.body();
    if (b.isBlank()) {
      throw WebError.badRequest("the request needs a JSON object body");
    }
    try {
      JsonNode n = MAPPER.readTree(b);
      if (n == null || !n.isObject()) {
        throw WebError.badRequest("the request body must be a JSON object");
      }
      return n;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw WebError.badRequest("the request body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw WebError.badRequest("the field '" + field + "' (a string) is missing");
    }
    return v.asText().strip();
  }

  static Optional<String> optionalText(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw WebError.badRequest("the field '" + field + "' must be a string");
    }
    return Optional.of(v.asText());
  }

  static Optional<Long> optionalLong(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.canConvertToLong() || !v.isIntegralNumber()) {
      throw WebError.badRequest("the field '" + field + "' must be a whole number");
    }
    return Optional.of(v.asLong());
  }

  /** A paper as the API shows it. */
  record PaperJson(
      String id,
      String title,
      String abstractText,
      List<String> authors,
      List<String> categories,
      String announced,
      String submitted,
      String comment,
      String doi,
      String arxivUrl,
      String pdfUrl,
      String url,
      int votes) {

    static PaperJson of(Paper p, int votes) {
      boolean arxiv = !p.isLocal();
      return new PaperJson(
          p.id(),
          p.title(),
          p.abstractText(),
          p.authors(),
          p.categories(),
          p.announced() == null ? null : p.announced().toString(),
          p.submitted() == null ? null : p.submitted().toString(),
          p.comment(),
          p.doi(),
          arxiv ? "https://arxiv.org/abs/" + p.id() : null,
          arxiv ? "https://arxiv.org/pdf/" + p.id() : null,
          Card.paperUrl(p.id()),
          votes);
    }
  }

  /** A ranked paper: its score and score parts; for searches the snippet and match offsets. */
  record Hit(
      PaperJson paper,
      double score,
      List<ScorePart> parts,
      String snippet,
      List<int[]> highlights) {}

  static Hit hit(PaperJson p, double score, List<ScorePart> parts, Snippets.Snippet s) {
    if (s == null) {
      return new Hit(p, score, parts, null, null);
    }
    return new Hit(
        p,
        score,
        parts,
        s.text(),
        s.matches().stream().map(m -> new int[] {m.start(), m.end()}).toList());
  }

  /** A recommendation with why. */
  record FeedItem(
      PaperJson paper, double score, List<ScorePart> parts, Explanation explanation, String why) {}
}
