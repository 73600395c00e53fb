package org.paperradar.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.paperradar.paper.ArxivId;
import org.paperradar.paper.Paper;

/**
 * The raw fields of one OAI-PMH record as read, turned into a {@link Paper} only once the whole
 * record is consumed, so a bad record never leaves the XML reader mid-element.
 */
final class OaiRecord {
  static final String ARXIV_NS = "http://arxiv.org/OAI/arXiv/";
  static final String RAW_NS = "http://arxiv.org/OAI/arXivRaw/";
  private static final Pattern RAW_AUTHOR_SEPARATOR =
      Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");

  /** Name parts of one {@code <author>} of the arXiv format. */
  private static final class Name {
    String keyname;
    String forenames;
    String suffix;
  }

  private record Version(String tag, String date) {}

  boolean deleted;
  String identifier;
  String datestamp;
  private String metadataNs;
  private final Map<String, String> fields = new HashMap<>();
  private final List<Name> names = new ArrayList<>();
  private final List<Version> versions = new ArrayList<>();
  private String versionTag;

  /**
   * Takes a start element if it is a field we use; text fields are read to their end tag. Returns
   * false for containers and unknown elements, which the caller walks through.
   */
  boolean take(XMLStreamReader r) throws XMLStreamException {
    String ns = r.getNamespaceURI();
    String name = r.getLocalName();
    if (OaiPmhSource.OAI_NS.equals(ns)) {
      switch (name) {
        case "header" -> deleted = "deleted".equals(Xml.attr(r, "status"));
        case "identifier" -> identifier = Xml.text(r);
        case "datestamp" -> datestamp = Xml.text(r);
        default -> {
          return false;
        }
      }
      return !name.equals("header");
    }
    boolean raw = RAW_NS.equals(ns);
    if (!raw && !ARXIV_NS.equals(ns)) {
      return false;
    }
    switch (name) {
      case "arXiv", "arXivRaw" -> {
        metadataNs = ns;
        return false;
      }
      case "author" -> {
        names.add(new Name());
        return false;
      }
      case "version" -> {
        versionTag = Xml.attr(r, "version");
        return false;
      }
      case "keyname", "forenames", "suffix" -> {
        namePart(name, Xml.text(r));
        return true;
      }
      case "date" -> {
        versions.add(new Version(versionTag, Xml.text(r)));
        return true;
      }
      case "authors" -> {
        if (!raw) {
          return false; // the arXiv format nests <author> elements
        }
        fields.put(name, Xml.text(r));
        return true;
      }
      case "id",
          "created",
          "updated",
          "title",
          "categories",
          "comments",
          "journal-ref",
          "doi",
          "abstract",
          "submitter" -> {
        fields.put(name, Xml.text(r));
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private void namePart(String part, String value) {
    if (names.isEmpty()) {
      names.add(new Name());
    }
    Name n = names.get(names.size() - 1);
    switch (part) {
      case "keyname" -> n.keyname = value;
      case "forenames" -> n.forenames = value;
      default -> n.suffix = value;
    }
  }

  /** Prefix for reject reasons naming the record, e.g. {@code oai:arXiv.org:2408.05284: }. */
  String label() {
    return identifier == null ? "" : identifier + ": ";
  }

  Paper toPaper() {
    if (metadataNs == null) {
      throw new BadRecordException("no arXiv or arXivRaw metadata");
    }
    String rawId = fields.getOrDefault("id", identifier);
    ArxivId id = ArxivId.parse(rawId);
    String title = fields.get("title");
    if (title == null) {
      throw new BadRecordException("missing title");
    }
    String cats = fields.get("categories");
    Paper.Builder b =
        Paper.builder(id.base())
            .title(title)
            .abstractText(fields.get("abstract"))
            .categories(cats == null ? List.of() : List.of(cats.split(" ")))
            .comment(fields.get("comments"))
            .journalRef(fields.get("journal-ref"))
            .doi(fields.get("doi"))
            .version(id.version())
            .source(OaiPmhSource.FORMAT);
    if (RAW_NS.equals(metadataNs)) {
      rawVersions(b, id.version());
      b.authors(rawAuthors(fields.get("authors")));
    } else {
      b.submitted(Dates.iso(fields.get("created"))).updated(Dates.iso(fields.get("updated")));
      b.authors(structuredAuthors());
    }
    return b.build();
  }

  /** arXivRaw: the first version's date is the submission, a later one the last update. */
  private void rawVersions(Paper.Builder b, int idVersion) {
    int version = idVersion;
    LocalDate first = null;
    LocalDate last = null;
    for (Version v : versions) {
      LocalDate d = Dates.rfc1123(v.date());
      first = first == null ? d : first;
      last = d;
      if (v.tag() != null && v.tag().matches("v\\d{1,6}")) {
        version = Math.max(version, Integer.parseInt(v.tag().substring(1)));
      }
    }
    b.submitted(first).updated(versions.size() > 1 ? last : null).version(version);
  }

  private List<String> structuredAuthors() {
    List<String> out = new ArrayList<>();
    for (Name n : names) {
      StringBuilder sb = new StringBuilder();
      for (String part : new String[] {n.forenames, n.keyname, n.suffix}) {
        if (part != null) {
          sb.append(sb.length() > 0 ? " " : "").append(part);
        }
      }
      if (sb.length() > 0) {
        out.add(LatexAccents.decode(sb.toString()));
      }
    }
    return out;
  }

  /** arXivRaw gives one string, {@code A, B and C}, sometimes with affiliations in brackets. */
  private static List<String> rawAuthors(String raw) {
    List<String> out = new ArrayList<>();
    if (raw == null) {
      return out;
    }
    String noAffiliations = PARENTHESES.matcher(raw).replaceAll(" ");
    for (String a : RAW_AUTHOR_SEPARATOR.split(noAffiliations)) {
      String s = Texts.clean(a);
      if (s != null) {
        out.add(LatexAccents.decode(s));
      }
    }
    return out;
  }
}
