package org.paperradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.store.Database;
import org.paperradar.store.PaperDao;
import picocli.CommandLine;

class HarvestCommandTest {
  @TempDir Path dir;
  Database db;
  HttpServer server;
  String body = "oai/listrecords-arXivRaw.xml";
  int status = 200;

  @BeforeEach
  void start() throws IOException {
    db = Database.openSqlite(dir);
    server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
    server.createContext(
        "/",
        ex -> {
          byte[] b;
          try (InputStream in = getClass().getResourceAsStream("/" + body)) {
            b = in.readAllBytes();
          }
          ex.sendResponseHeaders(status, b.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    db.close();
  }

  private int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... extra) {
    HarvestCommand cmd = new HarvestCommand();
    String[] args = new String[extra.length + 6];
    args[0] = "arxiv";
    args[1] = "--base-url=http://127.0.0.1:" + server.getAddress().getPort() + "/oai";
    args[2] = "--delay-ms=0";
    args[3] = "--max-tries=1";
    args[4] = "--page-size=200";
    args[5] = "--metadata-prefix=arXivRaw";
    System.arraycopy(extra, 0, args, 6, extra.length);
    new CommandLine(cmd).parseArgs(args);
    return cmd.run(
        db,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void harvestsTheWantedCategories() {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = run(out, err, "--categories", "cs.GR,hep-ph", "--from", "2025-01-01");
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("added 2,").contains("3 other");
    assertThat(new PaperDao(db).count()).isEqualTo(2);
  }

  @Test
  void exitCode3WhenRecordsWereRejected() {
    body = "oai/bad-records.xml";
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = run(out, err, "--categories", "cs.LG");
    assertThat(code).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("rejected ")
        .contains("missing title");
    assertThat(new PaperDao(db).count()).isEqualTo(2);
  }

  @Test
  void exitCode1OnFailure() {
    status = 404;
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    assertThat(run(out, err, "--categories", "cs.LG")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("HTTP 404");
    assertThat(run(out, err, "--categories", "cs.LG", "--from", "soon")).isEqualTo(1);
  }

  @Test
  void harvestsViaTheApi() {
    body = "atom/query-page2.xml";
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = run(out, err, "--categories", "cs.LG,cs.CL", "--via", "api");
    assertThat(code).isZero();
    assertThat(new PaperDao(db).count()).isEqualTo(5);
  }
}
