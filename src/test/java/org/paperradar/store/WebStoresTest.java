package org.paperradar.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.ingest.Ingester;

/**
 * The web app's stores (V6: accounts, sessions, tokens, library, digest settings) on SQLite, and on
 * PostgreSQL when {@code RADAR_TEST_PG_URL} is set (the integration run).
 */
class WebStoresTest {
  @TempDir Path dir;

  @Test
  void onSqlite() throws Exception {
    try (Database db = Database.openSqlite(dir)) {
      exercise(db);
    }
  }

  @Test
  @Tag("integration")
  void onPostgres() throws Exception {
    String url = System.getenv("RADAR_TEST_PG_URL");
    assumeTrue(url != null && !url.isBlank(), "SKIPPED: no PostgreSQL (RADAR_TEST_PG_URL unset)");
    try (var c = java.sql.DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
    try (Database db = Database.open(url, null, null)) {
      exercise(db);
    }
  }

  private static void exercise(Database db) throws Exception {
    try (InputStream in =
        WebStoresTest.class.getResourceAsStream("/fixtures/arxiv-daily-200.jsonl")) {
      new Ingester(db, 200).ingest(in, "fixture", null, null, null);
    }
    UserStore users = new UserStore(db);
    AccountStore accounts = new AccountStore(db);
    long a = users.addUser("a", Optional.empty()).id();
    long b = users.addUser("b", Optional.empty()).id();
    assertThat(accounts.createAccount(a, "hash-a")).isEqualTo(AccountStore.Role.ADMIN);
    assertThat(accounts.createAccount(b, "hash-b")).isEqualTo(AccountStore.Role.READER);
    accounts.createSession("s1", a, "csrf", Instant.now().plusSeconds(60));
    assertThat(accounts.findSession("s1").orElseThrow().userId()).isEqualTo(a);
    accounts.createSession("old", a, "csrf", Instant.now().minusSeconds(60));
    assertThat(accounts.deleteExpiredSessions(Instant.now())).isEqualTo(1);
    accounts.addToken(b, "t", "th");
    assertThat(accounts.findTokenUser("th")).contains(b);
    long tokenId = accounts.tokens(b).get(0).id();
    assertThat(accounts.deleteToken(a, tokenId)).isFalse();
    assertThat(accounts.deleteToken(b, tokenId)).isTrue();

    LibraryStore lib = new LibraryStore(db);
    LibraryStore.Folder f = lib.createFolder(a, "Reading");
    assertThatThrownBy(() -> lib.createFolder(a, "Reading")).hasMessageContaining("already");
    assertThat(lib.findFolder(b, f.id())).isEmpty();
    lib.save(a, "2503.11677", Optional.of(f.id()));
    lib.save(a, "2503.12348", Optional.empty());
    assertThatThrownBy(() -> lib.save(b, "2503.11677", Optional.of(f.id())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(lib.setNote(a, "2503.11677", "good")).isTrue();
    assertThat(lib.setNote(b, "2503.11677", "mine")).isFalse();
    assertThat(lib.items(a, Optional.of(f.id())))
        .extracting(LibraryStore.Item::paperId)
        .containsExactly("2503.11677");
    assertThat(lib.items(a, Optional.empty())).hasSize(2);
    assertThat(lib.items(b, Optional.empty())).isEmpty();
    assertThat(lib.folders(a).get(0).papers()).isEqualTo(1);
    assertThat(lib.deleteFolder(b, f.id())).isFalse();
    assertThat(lib.deleteFolder(a, f.id())).isTrue();
    assertThat(lib.findItem(a, "2503.11677").orElseThrow().folderId()).isEmpty();

    DigestSettingsStore digests = new DigestSettingsStore(db);
    assertThat(digests.settings(a)).isEqualTo(DigestSettingsStore.DigestSettings.DEFAULT);
    var d =
        new DigestSettingsStore.DigestSettings(
            DigestSettingsStore.Frequency.WEEKLY, 18, List.of("cs.LG", "cs.CL"));
    digests.save(a, d);
    digests.save(a, d);
    assertThat(digests.settings(a)).isEqualTo(d);

    AuthorDao authors = new AuthorDao(db);
    assertThat(authors.papers("Kai Wang", 10)).hasSize(3);
    assertThat(authors.coAuthors("Kai Wang", 3)).isNotEmpty();
  }
}
