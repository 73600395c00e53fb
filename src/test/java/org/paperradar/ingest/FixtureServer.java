package org.paperradar.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A local HTTP server on 127.0.0.1 that answers with fixtures and logs every request. */
final class FixtureServer implements AutoCloseable {
  record Response(int status, String body, Map<String, String> headers) {
    static Response ok(String body) {
      return new Response(200, body, Map.of());
    }
  }

  interface Handler {
    Response handle(Map<String, String> params) throws Exception;
  }

  private final HttpServer server;
  final List<Map<String, String>> log = Collections.synchronizedList(new ArrayList<>());

  FixtureServer(Handler handler) throws IOException {
    server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
    server.createContext(
        "/",
        ex -> {
          Map<String, String> params = params(ex.getRequestURI().getRawQuery());
          log.add(params);
          Response r;
          try {
            r = handler.handle(params);
          } catch (Exception e) {
            r = new Response(500, "handler failed: " + e, Map.of());
          }
          byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
          r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
          ex.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
          ex.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  List<Map<String, String>> requests() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  static Map<String, String> params(String rawQuery) {
    Map<String, String> out = new LinkedHashMap<>();
    if (rawQuery == null) {
      return out;
    }
    for (String kv : rawQuery.split("&")) {
      int eq = kv.indexOf('=');
      String k = eq < 0 ? kv : kv.substring(0, eq);
      String v = eq < 0 ? "" : kv.substring(eq + 1);
      out.put(
          URLDecoder.decode(k, StandardCharsets.UTF_8),
          URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }

  static String fixture(String path) {
    try (InputStream in = FixtureServer.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replays the 8-page arXiv harvest: no token gives page 1 (or the arXivRaw page), token {@code
   * 6960524|N} the page starting at record N, and any other token {@code badResumptionToken}.
   */
  static Response oai(Map<String, String> p) {
    String token = p.get("resumptionToken");
    if (token == null) {
      return Response.ok(
          fixture(
              "arXivRaw".equals(p.get("metadataPrefix"))
                  ? "oai/listrecords-arXivRaw.xml"
                  : "oai/listrecords-arXiv-page1.xml"));
    }
    int page = oaiPage(token);
    return page < 2 || page > 8
        ? Response.ok(fixture("oai/bad-resumption-token.xml"))
        : Response.ok(fixture("oai/listrecords-arXiv-page" + page + ".xml"));
  }

  /** The page a fixture token asks for (1 for the first request), or -1 for a foreign token. */
  static int oaiPage(String token) {
    if (token == null) {
      return 1;
    }
    if (!token.matches("6960524\\|\\d+")) {
      return -1;
    }
    return (Integer.parseInt(token.substring(8)) - 1) / 25 + 1;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
