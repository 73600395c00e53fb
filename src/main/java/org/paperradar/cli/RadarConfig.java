package org.paperradar.cli;

import java.nio.file.Path;
import org.paperradar.store.Database;

/**
 * Where PaperRadar keeps its data. Code-first with defaults (see {@link RadarCli#config()}); the
 * password never appears in {@link #toString()}.
 */
public record RadarConfig(
    Path dataDir, String dbUrl, String dbUser, String dbPassword, boolean quiet) {

  public Database openStore() {
    return dbUrl == null || dbUrl.isBlank()
        ? Database.openSqlite(dataDir)
        : Database.open(dbUrl, dbUser, dbPassword);
  }

  @Override
  public String toString() {
    return "RadarConfig[dataDir="
        + dataDir
        + ", store="
        + (dbUrl == null ? "sqlite" : dbUrl.replaceAll("password=[^&]*", "password=***"))
        + ", quiet="
        + quiet
        + "]";
  }
}
