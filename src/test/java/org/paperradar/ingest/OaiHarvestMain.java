package org.paperradar.ingest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.paperradar.store.Database;

/**
 * A child process for {@link HarvestKillTest}: harvests {@code args[0]} (an OAI base URL) into the
 * store in {@code args[1]}, printing each stored page so the parent can follow.
 */
public final class OaiHarvestMain {
  private OaiHarvestMain() {}

  public static void main(String[] args) throws Exception {
    try (Database db = Database.openSqlite(Path.of(args[1]))) {
      HarvestReport r =
          new OaiHarvester(
                  db,
                  OaiHarvesterTest.FAST.withDelay(Duration.ZERO),
                  p -> System.out.println("page " + p.pages()))
              .harvest(options(URI.create(args[0])));
      System.out.println("done " + r.counts().added());
    }
  }

  static OaiOptions options(URI base) {
    return new OaiOptions(base, "cs", "arXiv", null, null, Set.of());
  }
}
