package org.paperradar.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.paperradar.paper.Paper;

/**
 * Writes papers as JSON Lines in the daily-JSONL shape ({@code id, title, abstract, authors,
 * categories, comment, date}) plus the fields that shape lacks, so {@link DailyJsonlSource} reads
 * an export back without loss.
 */
public final class JsonlWriter implements AutoCloseable {
  private final JsonGenerator gen;
  private final Writer out;

  public JsonlWriter(Writer out) throws IOException {
    this.out = out;
    // Leave the target open: it may be stdout, and the caller owns it.
    this.gen =
        new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out);
    gen.setRootValueSeparator(null);
  }

  public void write(Paper p) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", p.id());
    gen.writeStringField("title", p.title());
    gen.writeStringField("abstract", p.abstractText());
    strings("authors", p.authors());
    strings("categories", p.categories());
    gen.writeStringField("comment", p.comment());
    date("date", p.announced());
    date("submitted", p.submitted());
    date("updated", p.updated());
    if (p.version() > 0) {
      gen.writeNumberField("version", p.version());
    }
    if (p.doi() != null) {
      gen.writeStringField("doi", p.doi());
    }
    if (p.journalRef() != null) {
      gen.writeStringField("journal_ref", p.journalRef());
    }
    gen.writeEndObject();
    gen.flush();
    out.write('\n');
  }

  private void strings(String field, List<String> values) throws IOException {
    gen.writeArrayFieldStart(field);
    for (String v : values) {
      gen.writeString(v);
    }
    gen.writeEndArray();
  }

  private void date(String field, LocalDate d) throws IOException {
    if (d != null) {
      gen.writeStringField(field, d.toString());
    }
  }

  @Override
  public void close() throws IOException {
    gen.close();
  }
}
