package org.paperradar.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a paper file without a store, with the ingester's own decompression and format detection:
 * for tools that need the papers once (forecast evaluation, benchmarks).
 */
public final class PaperFiles {
  private PaperFiles() {}

  /**
   * Streams every good record of {@code file} (plain or gzip) into {@code sink}; {@code format}
   * null means detect it.
   */
  public static void read(Path file, String format, IngestSink sink) throws IOException {
    try (InputStream raw = Files.newInputStream(file)) {
      InputStream in = Ingester.decompress(new BufferedInputStream(raw, 1 << 16));
      String origin = file.getFileName().toString();
      PaperSource source = format != null ? Formats.expect(format) : Ingester.detect(in, origin);
      source.read(in, origin, sink);
    }
  }
}
