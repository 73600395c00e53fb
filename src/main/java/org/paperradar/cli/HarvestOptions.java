package org.paperradar.cli;

import java.net.URI;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the daily pipeline harvests from: shared by {@code radar daily} and {@code serve}. */
final class HarvestOptions {
  @Option(
      names = "--categories",
      split = ",",
      paramLabel = "CAT",
      description = "arXiv categories to harvest (default $RADAR_CATEGORIES or cs.LG,cs.CL).")
  List<String> categories;

  @Option(
      names = "--oai-url",
      paramLabel = "URL",
      description = "OAI-PMH endpoint (default arXiv's).")
  URI oaiUrl;

  @Option(
      names = "--delay-ms",
      defaultValue = "3000",
      description = "Pause between OAI requests (default ${DEFAULT-VALUE}, as arXiv asks).")
  long delayMs;

  @Option(
      names = "--lookback-days",
      defaultValue = "2",
      description = "How far back the first harvest starts (default ${DEFAULT-VALUE}).")
  int lookbackDays;

  List<String> categories() {
    if (categories != null && !categories.isEmpty()) {
      return categories;
    }
    String env = System.getenv("RADAR_CATEGORIES");
    return env != null && !env.isBlank()
        ? List.of(env.split("\\s*,\\s*"))
        : List.of("cs.LG", "cs.CL");
  }
}
