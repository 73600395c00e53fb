package org.paperradar.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real data of {@code ../shared/data}. Integration tests read it; a clone without it skips them
 * with a message naming the missing file (CI has it, so there they run).
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    return Path.of(System.getProperty("radar.shared", "../shared")).toAbsolutePath().normalize();
  }

  /** The file under {@code shared/}, or the test is skipped saying which file is missing. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(
        Files.isRegularFile(p),
        () ->
            "SKIPPED for lack of data: "
                + p
                + " is missing (integration tests need ../shared/data)");
    return p;
  }
}
