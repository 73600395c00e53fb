package org.paperradar.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.paperradar.search.EncoderProvider;
import org.paperradar.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code radar} command: global options, subcommands, and the documented exit codes. */
@Command(
    name = "radar",
    mixinStandardHelpOptions = true,
    versionProvider = RadarCli.Version.class,
    description = "PaperRadar: harvest, store, search and follow research papers.",
    subcommands = {
      IngestCommand.class,
      HarvestCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      SimilarCommand.class,
      StatsCommand.class,
      ExportCommand.class,
      EmbedCommand.class,
      DailyCommand.class,
      DigestCommand.class,
      EvalCommand.class,
      DemoCommand.class,
      ServeCommand.class,
      BenchCommand.class,
      ForecastCommand.class,
      UserCommand.class,
      RateCommand.class,
      RecommendCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:completed",
      "1:failed (error message on stderr)",
      "2:usage error",
      "3:completed, but some records were rejected (listed on stderr)"
    })
public final class RadarCli {
  public static final int OK = 0;
  public static final int ERROR = 1;
  public static final int USAGE = 2;
  public static final int REJECTS = 3;

  private static final Logger LOG = LoggerFactory.getLogger(RadarCli.class);

  @Option(
      names = "--data",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description = "Data folder (default: $RADAR_DATA or ~/.paperradar).")
  Path data;

  @Option(
      names = "--db-url",
      scope = ScopeType.INHERIT,
      paramLabel = "JDBC",
      description =
          "Store in this database instead (e.g. jdbc:postgresql://host/db); default: SQLite in the data folder. Also $RADAR_DB_URL.")
  String dbUrl;

  @Option(
      names = "--db-user",
      scope = ScopeType.INHERIT,
      description = "Database user (also $RADAR_DB_USER).")
  String dbUser;

  @Option(
      names = "--db-password",
      scope = ScopeType.INHERIT,
      description = "Database password (prefer $RADAR_DB_PASSWORD).",
      interactive = false)
  String dbPassword;

  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description = "No progress bars.")
  boolean quiet;

  /** Query encoder and paper vectors for the index; none by default (search is then lexical). */
  EncoderProvider encoders = ModelEncoders.fromEnvironment();

  /** The resolved configuration, with defaults applied. */
  RadarConfig config() {
    Path dir = data;
    if (dir == null) {
      String env = System.getenv("RADAR_DATA");
      dir =
          env != null && !env.isBlank()
              ? Paths.get(env)
              : Paths.get(System.getProperty("user.home"), ".paperradar");
    }
    String url = dbUrl != null ? dbUrl : System.getenv("RADAR_DB_URL");
    String user = dbUser != null ? dbUser : System.getenv("RADAR_DB_USER");
    String password = dbPassword != null ? dbPassword : System.getenv("RADAR_DB_PASSWORD");
    RadarConfig cfg = new RadarConfig(dir.toAbsolutePath().normalize(), url, user, password, quiet);
    LOG.debug("config: {}", cfg);
    return cfg;
  }

  Database openStore() {
    return config().openStore();
  }

  public static CommandLine commandLine() {
    return commandLine(ModelEncoders.fromEnvironment());
  }

  /** The command line with this source of embeddings (the ONNX encoder, or a toy one in tests). */
  public static CommandLine commandLine(EncoderProvider encoders) {
    RadarCli radar = new RadarCli();
    radar.encoders = encoders;
    CommandLine cl = new CommandLine(radar);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine
              .getErr()
              .println("radar: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
          LOG.debug("failure", ex);
          return ERROR;
        });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = RadarCli.class.getPackage().getImplementationVersion();
      return new String[] {"PaperRadar " + (v == null ? "dev" : v)};
    }
  }
}
