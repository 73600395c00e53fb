package org.paperradar.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.javalin.Javalin;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperradar.store.User;
import org.paperradar.trending.VoteStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The three Atom feeds over HTTP, parsed by Rome and checked against Atom's required elements. */
class AtomFeedsTest {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  @TempDir Path dir;

  @Test
  void readerCategoryAndTrendingFeedsAreValidAtom() throws Exception {
    Javalin web = null;
    try (DigestFixture f = new DigestFixture(dir, Instant.parse("2026-06-10T08:00:00Z"))) {
      f.smtp(DigestFixture.freePort()); // never reached: the reader has no address
      f.add(
          DigestFixture.paper("2606.00001", "Diffusion & <friends>", "2026-06-10", "cs.LG"),
          DigestFixture.paper("2606.00002", "Diffusion for text", "2026-06-10", "cs.CL", "cs.LG"),
          DigestFixture.paper("2606.00003", "Robots", "2026-06-09", "cs.RO"),
          DigestFixture.paper("2605.00009", "Old robots", "2026-05-01", "cs.RO"));
      User dana = f.reader("dana", null, "diffusion");
      User voter = f.reader("voter", null, "");
      new VoteStore(f.db).vote(voter.id(), "2606.00003", Instant.parse("2026-06-10T07:00:00Z"));
      f.digests().enqueueDue(f.clock.instant());
      DigestRoutes routes = f.routes();
      web = Javalin.create(c -> routes.register(c.routes)).start("127.0.0.1", 0);
      String base = "http://127.0.0.1:" + web.port();
      String token = f.tokens.feedToken(dana.id(), f.store.feedKey(dana.id()));

      HttpResponse<String> user = get(base + "/feeds/user/" + token + ".atom");
      assertThat(user.statusCode()).isEqualTo(200);
      assertThat(user.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
      SyndFeed userFeed = parse(user.body());
      assertThat(userFeed.getFeedType()).isEqualTo("atom_1.0");
      assertThat(userFeed.getTitle()).isEqualTo("PaperRadar: papers for dana");
      assertThat(userFeed.getEntries())
          .extracting(SyndEntry::getTitle)
          .contains("Diffusion & <friends>", "Diffusion for text");
      SyndEntry first = userFeed.getEntries().get(0);
      assertThat(first.getLink()).startsWith("http://radar.test:7070/paper/");
      assertThat(first.getAuthors()).isNotEmpty();
      assertThat(first.getDescription().getValue()).startsWith("Why: close to your");
      assertValidAtom(user.body());

      SyndFeed cat = parse(get(base + "/feeds/category/cs.RO.atom").body());
      assertThat(cat.getEntries())
          .extracting(SyndEntry::getTitle)
          .containsExactly("Robots"); // the old one is outside the 14 days
      assertThat(cat.getEntries().get(0).getCategories())
          .extracting(c -> c.getName())
          .containsExactly("cs.RO");
      assertValidAtom(get(base + "/feeds/category/cs.RO.atom").body());

      String trendingXml = get(base + "/feeds/trending.atom").body();
      SyndFeed trending = parse(trendingXml);
      assertThat(trending.getEntries().get(0).getTitle()).isEqualTo("Robots"); // the voted one
      assertValidAtom(trendingXml);

      // Wrong token, not a category (an MSC class), a rotated key: no feed.
      assertThat(get(base + "/feeds/user/" + token.replace("f.", "u.") + ".atom").statusCode())
          .isEqualTo(404);
      assertThat(get(base + "/feeds/category/94A29.atom").statusCode()).isEqualTo(404);
      f.store.rotateFeedKey(dana.id());
      assertThat(get(base + "/feeds/user/" + token + ".atom").statusCode()).isEqualTo(404);
    } finally {
      if (web != null) {
        web.stop();
      }
    }
  }

  @Test
  void routesRegisterOnACreatedAppToo() throws Exception {
    try (DigestFixture f = new DigestFixture(dir, Instant.parse("2026-06-10T08:00:00Z"))) {
      Javalin app = Javalin.create();
      f.routes().register(app);
      app.start("127.0.0.1", 0);
      try {
        HttpResponse<String> r = get("http://127.0.0.1:" + app.port() + "/feeds/trending.atom");
        assertThat(r.statusCode()).isEqualTo(200);
        assertValidAtom(r.body());
      } finally {
        app.stop();
      }
    }
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static SyndFeed parse(String xml) throws Exception {
    return new SyndFeedInput().build(new StringReader(xml));
  }

  /**
   * RFC 4287's musts: feed id, title, updated, author (or one per entry); entry id, title, updated.
   */
  static void assertValidAtom(String xml) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setNamespaceAware(true);
    Document doc = dbf.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    Element feed = doc.getDocumentElement();
    assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(feed.getLocalName()).isEqualTo("feed");
    for (String required : new String[] {"id", "title", "updated"}) {
      assertThat(children(feed, required)).as("feed/%s", required).isEqualTo(1);
    }
    assertThat(text(feed, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(URI.create(text(feed, "id")).isAbsolute()).isTrue();
    boolean feedAuthor = children(feed, "author") > 0;
    NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      for (String required : new String[] {"id", "title", "updated"}) {
        assertThat(children(e, required)).as("entry/%s", required).isEqualTo(1);
      }
      assertThat(feedAuthor || children(e, "author") > 0).isTrue();
      assertThat(children(e, "link")).isPositive();
    }
  }

  private static int children(Element parent, String name) {
    int n = 0;
    for (var c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element el
          && ATOM.equals(el.getNamespaceURI())
          && name.equals(el.getLocalName())) {
        n++;
      }
    }
    return n;
  }

  private static String text(Element parent, String name) {
    return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent().strip();
  }
}
