package org.paperradar.cli;

import java.util.concurrent.Callable;
import org.paperradar.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code radar index [--rebuild]}: brings the search index up to date with the store. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Update the search index (data folder's index/) with the papers changed since the last run.",
      "Ingest does this by itself; --rebuild indexes every paper again from the store."
    })
final class IndexCommand implements Callable<Integer> {
  @ParentCommand RadarCli radar;
  @Spec CommandSpec spec;

  @Option(names = "--rebuild", description = "Drop the index and index every paper again.")
  boolean rebuild;

  @Override
  public Integer call() {
    try (Database db = radar.openStore()) {
      Indexing.sync(radar, db, spec.commandLine().getOut(), rebuild);
    }
    return RadarCli.OK;
  }
}
