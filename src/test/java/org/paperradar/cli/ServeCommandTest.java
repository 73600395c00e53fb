package org.paperradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.search.EncoderProvider;

/** {@code radar serve} end to end: demo import on an empty folder, pages, feeds, unsubscribe. */
class ServeCommandTest {
  @Test
  void servesTheDemoWithPagesFeedsAndSignedUnsubscribeLinks(@TempDir Path dir) throws Exception {
    List<String> checks = new ArrayList<>();
    ServeCommand.onStarted =
        app -> {
          try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + app.port();
            checks.add("home " + get(http, base + "/").statusCode());
            HttpResponse<String> trending = get(http, base + "/feeds/trending.atom");
            checks.add("trending " + trending.statusCode());
            checks.add("atom " + trending.body().contains("<feed"));
            // A forged unsubscribe token is refused as such (404), not as a missing CSRF token.
            HttpResponse<String> forged =
                http.send(
                    HttpRequest.newBuilder(URI.create(base + "/unsubscribe/forged"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
            checks.add("unsubscribe " + forged.statusCode());
          } catch (Exception e) {
            checks.add("failed " + e);
          }
        };
    try {
      RadarCliRunner.Result r =
          RadarCliRunner.run(
              RadarCli.commandLine(EncoderProvider.NONE),
              "--data",
              dir.toString(),
              "-q",
              "serve",
              "--port",
              "0",
              "--host",
              "127.0.0.1",
              "--no-daily",
              "--no-embed");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("PaperRadar is serving 3,292 papers at http://127.0.0.1:");
    } finally {
      ServeCommand.onStarted = null;
    }
    assertThat(checks).containsExactly("home 200", "trending 200", "atom true", "unsubscribe 404");
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
