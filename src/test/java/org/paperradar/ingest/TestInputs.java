package org.paperradar.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.paperradar.paper.Paper;

/** Reads test resources and strings through a source into a {@link CollectingSink}. */
final class TestInputs {
  private TestInputs() {}

  static byte[] resource(String path) {
    try (InputStream in = TestInputs.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CollectingSink readResource(PaperSource source, String path) {
    return read(source, resource(path), path);
  }

  static CollectingSink read(PaperSource source, String text) {
    return read(source, text.getBytes(StandardCharsets.UTF_8), "test");
  }

  /** The positions a source reports for its accepted papers. */
  static List<Long> positions(PaperSource source, String text) {
    List<Long> positions = new ArrayList<>();
    IngestSink sink =
        new IngestSink() {
          @Override
          public void accept(Paper paper, long position) {
            positions.add(position);
          }

          @Override
          public void reject(Reject reject) {}
        };
    try {
      source.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test", sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return positions;
  }

  static CollectingSink read(PaperSource source, byte[] bytes, String origin) {
    CollectingSink sink = new CollectingSink();
    try {
      source.read(new ByteArrayInputStream(bytes), origin, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sink;
  }
}
