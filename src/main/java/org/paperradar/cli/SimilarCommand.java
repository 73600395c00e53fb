package org.paperradar.cli;

import java.util.concurrent.Callable;
import org.paperradar.index.PaperIndex;
import org.paperradar.search.LuceneSearchBackend;
import org.paperradar.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code radar similar ID}: papers like a given one (its vector's neighbours and its words). */
@Command(
    name = "similar",
    mixinStandardHelpOptions = true,
    description = "Papers similar to the one with this id (the paper itself is left out).")
final class SimilarCommand implements Callable<Integer> {
  @ParentCommand RadarCli radar;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "A paper id, e.g. 2408.05284.")
  String id;

  @Option(names = "-n", defaultValue = "10", description = "Number of results (default 10).")
  int limit;

  @Option(names = "--json", description = "Print a JSON array.")
  boolean json;

  @Override
  public Integer call() {
    if (limit <= 0 || limit > 10_000) {
      throw new ParameterException(spec.commandLine(), "-n must be 1..10000, was " + limit);
    }
    try (Database db = radar.openStore();
        PaperIndex index = PaperIndex.openReadOnly(Indexing.indexDir(radar.config()));
        EncoderLease lease = new EncoderLease(radar.encoders.queryEncoder(db));
        LuceneSearchBackend backend = new LuceneSearchBackend(index, lease.encoder())) {
      ResultPrinter.print(backend.similar(id.strip(), limit), json, spec.commandLine().getOut());
    }
    return RadarCli.OK;
  }
}
