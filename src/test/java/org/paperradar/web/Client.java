package org.paperradar.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One visitor of the test server: their own cookies, no redirects followed. */
final class Client {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  record Response(int status, String body, java.net.http.HttpHeaders headers) {
    String header(String name) {
      return headers.firstValue(name).orElse("");
    }

    List<String> cookies() {
      return headers.allValues("Set-Cookie");
    }
  }

  private final String base;
  private final HttpClient http;
  private String token;

  Client(String base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Sends an API token with every request from now on. */
  Client withToken(String t) {
    this.token = t;
    return this;
  }

  Response get(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    return send(b, headers);
  }

  Response send(HttpRequest.Builder b, String... headers) {
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.body(), r.headers());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The CSRF token forms on {@code page} carry. */
  String csrf(String page) {
    Matcher m = CSRF.matcher(get(page).body());
    if (!m.find()) {
      throw new AssertionError("no CSRF token on " + page);
    }
    return m.group(1);
  }

  /** Posts a form as is (no token added). */
  Response postRaw(String path, Map<String, String> form, String... headers) {
    StringBuilder sb = new StringBuilder();
    form.forEach(
        (k, v) -> {
          if (!sb.isEmpty()) {
            sb.append('&');
          }
          sb.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(sb.toString()));
    return send(b, headers);
  }

  /** Posts a form with the CSRF token of the settings page (signed in) or the log-in page. */
  Response post(String path, String... kv) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      form.put(kv[i], kv[i + 1]);
    }
    String page = get("/settings").status() == 200 ? "/settings" : "/login";
    form.put("_csrf", csrf(page));
    return postRaw(path, form);
  }

  Response json(String method, String path, String body, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return send(b, headers);
  }

  /** Signs up (and so logs in) a new reader. */
  Response signUp(String name) {
    return post("/signup", "name", name, "password", "correct horse battery", "email", "");
  }
}
