package org.paperradar.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.paperradar.eval.Latencies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code radar bench http}: a closed-loop load test of a running server. N clients (each its own
 * connection) send requests back to back for a while; each request's path is the next of the given
 * paths, with {@code {q}} replaced by the next of a fixed list of queries. Reports throughput,
 * latency percentiles and errors (any non-2xx answer or failed request).
 */
@Command(
    name = "http",
    mixinStandardHelpOptions = true,
    description = {
      "Load-test a running 'radar serve': N concurrent clients for S seconds on the given paths;",
      "prints requests/s, p50/p90/p99/max latency and errors."
    })
final class HttpBenchCommand implements Callable<Integer> {
  static final List<String> QUERIES =
      List.of(
          "diffusion models",
          "large language models",
          "reinforcement learning",
          "graph neural",
          "video generation",
          "retrieval augmented generation",
          "federated learning",
          "robotics",
          "speech recognition",
          "vision transformer",
          "reasoning",
          "benchmark",
          "optimization",
          "multimodal",
          "agents",
          "privacy",
          "code generation",
          "medical imaging",
          "compression",
          "contrastive learning",
          "uncertainty",
          "knowledge graph",
          "quantization",
          "alignment");

  @Spec CommandSpec spec;

  @Option(names = "--url", defaultValue = "http://127.0.0.1:7070", description = "Server base URL.")
  String url;

  @Option(
      names = "--path",
      description = "Path to request, {q} for a query (repeat; default: /api/v1/search?q={q}).")
  List<String> paths = new ArrayList<>();

  @Option(names = "--clients", defaultValue = "100", description = "Concurrent clients.")
  int clients;

  @Option(names = "--seconds", defaultValue = "60", description = "How long to measure.")
  int seconds;

  @Option(names = "--warmup", defaultValue = "5", description = "Seconds of load before measuring.")
  int warmup;

  @Option(
      names = "--unique",
      description = "Make every query unique (appends the request number): no cache can help.")
  boolean unique;

  @Option(names = "--token", description = "API token to send (for /api/v1/feed).")
  String token;

  @Option(
      names = "--cookie",
      description = "Cookie header to send (for pages of a signed-in user).")
  String cookie;

  @Override
  public Integer call() throws Exception {
    List<String> ps = paths.isEmpty() ? List.of("/api/v1/search?q={q}") : paths;
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "%d clients, %d s (+%d s warm-up) on %s%s%n",
        clients,
        seconds,
        warmup,
        url,
        ps);
    out.flush();
    run(ps, warmup, null);
    Result r = run(ps, seconds, out);
    out.printf(
        Locale.ROOT,
        "requests %,d in %.1f s: %,.0f req/s; errors %,d; latency %s%n",
        r.requests,
        r.seconds,
        r.requests / r.seconds,
        r.errors,
        r.latencies);
    return r.errors == 0 ? RadarCli.OK : RadarCli.ERROR;
  }

  private record Result(long requests, long errors, double seconds, Latencies latencies) {}

  private Result run(List<String> ps, int secs, PrintWriter out) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(secs).toNanos();
    AtomicLong errors = new AtomicLong();
    AtomicLong firstError = new AtomicLong();
    ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    List<Future<List<Long>>> futures = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(
          pool.submit(
              () -> {
                HttpClient http =
                    HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
                List<Long> lat = new ArrayList<>();
                for (int i = client; System.nanoTime() < end; i += clients) {
                  String q =
                      URLEncoder.encode(QUERIES.get(i % QUERIES.size()), StandardCharsets.UTF_8);
                  String path = ps.get(i % ps.size()).replace("{q}", q);
                  HttpRequest.Builder b =
                      HttpRequest.newBuilder(URI.create(url + path))
                          .timeout(Duration.ofSeconds(30));
                  if (token != null) {
                    b.header("Authorization", "Bearer " + token);
                  }
                  if (cookie != null) {
                    b.header("Cookie", cookie);
                  }
                  long s = System.nanoTime();
                  try {
                    HttpResponse<byte[]> resp =
                        http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                    if (resp.statusCode() / 100 != 2) {
                      if (errors.incrementAndGet() == 1 && out != null) {
                        firstError.set(resp.statusCode());
                      }
                    }
                  } catch (java.io.IOException e) {
                    errors.incrementAndGet();
                  }
                  lat.add(System.nanoTime() - s);
                }
                http.close();
                return lat;
              }));
    }
    List<Long> lat = new ArrayList<>();
    for (Future<List<Long>> f : futures) {
      lat.addAll(f.get());
    }
    long n = lat.size();
    Latencies all = Latencies.of(lat.stream().mapToLong(Long::longValue).toArray());
    pool.shutdown();
    double took = (System.nanoTime() - t0) / 1e9;
    if (out != null && firstError.get() != 0) {
      out.println("first error: HTTP " + firstError.get());
    }
    return new Result(n, errors.get(), took, all);
  }
}
