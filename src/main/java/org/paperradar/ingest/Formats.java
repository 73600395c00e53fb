package org.paperradar.ingest;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every input format PaperRadar reads, in detection order (most specific first). */
public final class Formats {
  private static final List<PaperSource> ALL =
      List.of(
          new KaggleSnapshotSource(),
          new HepThJsonlSource(),
          new DailyJsonlSource(),
          new HuggingFaceJsonSource(),
          new OaiPmhSource(),
          new ArxivAtomSource(),
          new BibtexSource(),
          new HuggingFacePageSource(),
          new PastedListingSource());

  private Formats() {}

  public static List<PaperSource> all() {
    return ALL;
  }

  public static String names() {
    return ALL.stream().map(PaperSource::format).collect(Collectors.joining(", "));
  }

  public static Optional<PaperSource> byName(String name) {
    return ALL.stream().filter(s -> s.format().equalsIgnoreCase(name)).findFirst();
  }

  public static PaperSource expect(String name) {
    return byName(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown format '" + name + "' (known: " + names() + ")"));
  }

  /** The first format whose sniffer accepts the start of the input. */
  public static Optional<PaperSource> detect(String head) {
    return ALL.stream().filter(s -> s.sniff(head)).findFirst();
  }
}
