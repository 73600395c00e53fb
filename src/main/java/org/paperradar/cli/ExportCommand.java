package org.paperradar.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperradar.ingest.BibtexWriter;
import org.paperradar.ingest.JsonlWriter;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code radar export --format bibtex|jsonl}: writes every stored paper. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Write all stored papers as BibTeX or JSON Lines.")
final class ExportCommand implements Callable<Integer> {
  enum Format {
    bibtex,
    jsonl
  }

  @ParentCommand RadarCli radar;

  @Option(
      names = {"-f", "--format"},
      required = true,
      description = "${COMPLETION-CANDIDATES}")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of stdout.")
  Path output;

  @Override
  public Integer call() throws IOException {
    try (Database db = radar.openStore();
        Writer w =
            output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      PaperDao papers = new PaperDao(db);
      try {
        if (format == Format.jsonl) {
          try (JsonlWriter jw = new JsonlWriter(w)) {
            papers.forEach(p -> uncheck(() -> jw.write(p)));
          }
        } else {
          BibtexWriter bw = new BibtexWriter(w);
          papers.forEach(p -> uncheck(() -> bw.write(p)));
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      w.flush();
    }
    return RadarCli.OK;
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void uncheck(IoAction a) {
    try {
      a.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
