package org.paperradar.digest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Replays a recorded OAI-PMH day on 127.0.0.1 (as the harvest tests' fixture server does), or
 * answers 503 while {@link #down} is set; logs every query.
 */
final class OaiDayServer implements AutoCloseable {
  private final HttpServer server;
  final List<String> queries = Collections.synchronizedList(new ArrayList<>());
  volatile boolean down;

  OaiDayServer(String fixture) throws IOException {
    byte[] page = read(fixture);
    server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
    server.createContext(
        "/",
        ex -> {
          queries.add(String.valueOf(ex.getRequestURI().getRawQuery()));
          byte[] body = down ? "down for maintenance".getBytes(StandardCharsets.UTF_8) : page;
          ex.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
          ex.sendResponseHeaders(down ? 503 : 200, body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oai");
  }

  private static byte[] read(String path) {
    try (InputStream in = OaiDayServer.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
