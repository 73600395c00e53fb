package org.paperradar.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.paperradar.forecast.ConceptMatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code radar forecast …}: the concept graph, link-prediction evaluation and suggestions. */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description = "Research-direction forecasting over a concept co-occurrence graph.",
    subcommands = {
      ForecastBuildCommand.class,
      ForecastEvalCommand.class,
      ForecastSuggestCommand.class,
      ForecastTrendCommand.class
    })
final class ForecastCommand {
  static final String CONCEPTS_FILE = "concepts.txt";

  @ParentCommand RadarCli radar;

  /** The forecast folder of the data folder. */
  Path dir() {
    return radar.config().dataDir().resolve("forecast");
  }

  /** A concept list: one phrase a line; blank lines and # comments skipped. */
  static ConceptMatcher readConcepts(Path file) throws IOException {
    return ConceptMatcher.of(lines(file));
  }

  static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .toList();
  }

  /** Writes next to the target, then renames: a crash leaves the old file whole. */
  static void writeLines(Path file, List<String> lines) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, lines);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
