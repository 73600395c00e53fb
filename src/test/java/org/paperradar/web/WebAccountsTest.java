package org.paperradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-up, log-in, cookies, CSRF, rate limiting, roles and API tokens over HTTP. */
class WebAccountsTest {
  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir);
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  @Test
  void signUpLogOutLogInWithSafeCookies() {
    Client c = web.client();
    Client.Response up = c.signUp("alice");
    assertThat(up.status()).isEqualTo(303);
    String cookie =
        up.cookies().stream().filter(s -> s.startsWith("radar_session=")).findFirst().orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    assertThat(c.get("/settings").body()).contains("id=\"user-name\">alice<");
    assertThat(c.post("/logout").status()).isEqualTo(303);
    assertThat(c.get("/settings").status()).isEqualTo(302);
    Client.Response wrong = c.post("/login", "name", "alice", "password", "not the password");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.body()).contains("wrong name or password");
    Client.Response ok = c.post("/login", "name", "alice", "password", "correct horse battery");
    assertThat(ok.status()).isEqualTo(303);
    assertThat(ok.header("Location")).startsWith("/for-you");
    assertThat(c.get("/for-you").status()).isEqualTo(200);
  }

  @Test
  void cookiesAreSecureBehindATlsProxy() {
    Client c = web.client();
    Client.Response r = c.get("/login", "X-Forwarded-Proto", "https");
    assertThat(r.cookies()).anyMatch(s -> s.startsWith("radar_csrf=") && s.contains("Secure"));
  }

  @Test
  void signUpRefusesTakenNamesAndWeakPasswords() {
    Client c = web.client();
    c.signUp("bob");
    Client other = web.client();
    Client.Response taken = other.signUp("bob");
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.body()).contains("the name &#39;bob&#39; is taken".replace("&#39;", "'"));
    Client.Response weak = other.post("/signup", "name", "carol", "password", "short");
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.body()).contains("at least 10 characters");
    assertThat(other.post("/signup", "name", "<x>", "password", "long enough pass").status())
        .isEqualTo(400);
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefused() {
    Client c = web.client();
    c.signUp("dave");
    Client.Response none = c.postRaw("/library/folders", Map.of("name", "Reading"));
    assertThat(none.status()).isEqualTo(403);
    assertThat(none.body()).contains("missing or wrong CSRF token");
    Client.Response wrong =
        c.postRaw("/library/folders", Map.of("name", "Reading", "_csrf", "forged-token-value-123"));
    assertThat(wrong.status()).isEqualTo(403);
    assertThat(c.get("/library").body()).doesNotContain("Reading (");
    // Log-in and sign-up forms are protected too (double-submit cookie for anonymous visitors).
    Client anon = web.client();
    anon.get("/login");
    assertThat(anon.postRaw("/login", Map.of("name", "dave", "password", "x")).status())
        .isEqualTo(403);
    // The API with a session cookie needs the header; with a token it needs none.
    assertThat(c.json("POST", "/api/v1/library/folders", "{\"name\":\"X\"}").status())
        .isEqualTo(403);
    assertThat(c.post("/library/folders", "name", "Reading").status()).isEqualTo(303);
  }

  @Test
  void loginsAreRateLimitedPerNameAndAddress() {
    Client c = web.client();
    c.signUp("erin");
    c.post("/logout");
    for (int i = 0; i < 5; i++) {
      assertThat(c.post("/login", "name", "erin", "password", "guess " + i).status())
          .isEqualTo(401);
    }
    Client.Response limited = c.post("/login", "name", "erin", "password", "correct horse battery");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.body()).contains("too many failed logins");
    assertThat(limited.header("Retry-After")).isNotEmpty();
  }

  @Test
  void theFirstAccountIsAdminAndOnlyAdminsReachTheAdminPage() throws Exception {
    // Accounts are made in test order; find the admin by asking the store.
    Client admin = web.client();
    admin.signUp("zed-admin");
    long zed = web.services.users().expectUser("zed-admin").id();
    web.app.makeAdmin(zed);
    assertThat(admin.get("/admin").status()).isEqualTo(200);
    Client reader = web.client();
    reader.signUp("yan-reader");
    assertThat(reader.get("/admin").status()).isEqualTo(403);
    assertThat(reader.post("/admin/ingest", "source", "/etc/passwd").status()).isEqualTo(403);
    Path file = dir.resolve("more.jsonl");
    java.nio.file.Files.writeString(
        file,
        "{\"id\": \"2503.88888\", \"title\": \"An admin ingested paper\", \"abstract\": \"Added"
            + " from the admin page.\", \"authors\": [\"A. Admin\"], \"categories\": [\"cs.DL\"],"
            + " \"date\": \"2025-03-18\"}\n");
    assertThat(admin.post("/admin/ingest", "source", file.toString()).status()).isEqualTo(303);
    web.jobs.awaitIdle(30);
    assertThat(admin.get("/admin").body()).contains("done — arxiv-daily: added 1");
    assertThat(admin.get("/search?q=admin+ingested&mode=lexical").body())
        .contains("An admin ingested paper");
    assertThat(admin.post("/admin/ingest", "source", "/no/such/file").status()).isEqualTo(400);
  }

  @Test
  void apiTokensAuthenticateTheApiAndCanBeRevoked() {
    Client c = web.client();
    c.signUp("fay");
    String page = c.post("/settings/tokens", "name", "laptop").body();
    String token = page.replaceAll("(?s).*id=\"new-token\">([^<]+)<.*", "$1");
    assertThat(token).startsWith("rdr_");
    Client api = web.client().withToken(token);
    Client.Response me = api.get("/api/v1/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.body()).contains("\"name\":\"fay\"");
    // No CSRF header needed with a token.
    assertThat(api.json("POST", "/api/v1/library/folders", "{\"name\":\"Thesis\"}").status())
        .isEqualTo(201);
    Client.Response bad = web.client().withToken("rdr_forged").get("/api/v1/me");
    assertThat(bad.status()).isEqualTo(401);
    assertThat(bad.body())
        .isEqualTo(
            "{\"title\":\"Unauthorized\",\"status\":401,\"details\":\"unknown or revoked API"
                + " token\"}");
    String id =
        c.get("/settings").body().replaceAll("(?s).*name=\"token\" value=\"(\\d+)\".*", "$1");
    assertThat(c.post("/settings/tokens/delete", "token", id).status()).isEqualTo(303);
    assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(web.client().get("/api/v1/me").status()).isEqualTo(401);
  }
}
