package org.paperradar.paper;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One paper as PaperRadar knows it. {@code id} is the version-less arXiv id ({@code 2408.05284},
 * {@code hep-th/9901001}) or, for texts without one, a stable content id ({@code local:…}, see
 * {@link ContentId}). Optional fields are {@code null} when the source did not say; {@code version}
 * and counts are 0 when unknown.
 *
 * @param authorCount number of authors when a source gives only a count (a Daily Papers page)
 * @param upvotes community upvotes reported by the source (Hugging Face), 0 when unknown
 * @param sources the formats that contributed to this record, e.g. {@code arxiv-daily}
 */
public record Paper(
    String id,
    String title,
    String abstractText,
    List<String> authors,
    int authorCount,
    List<String> categories,
    LocalDate announced,
    LocalDate submitted,
    LocalDate updated,
    int version,
    String comment,
    String doi,
    String journalRef,
    Set<String> sources,
    int upvotes) {

  public Paper {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    abstractText = abstractText == null ? "" : abstractText;
    authors = authors == null ? List.of() : List.copyOf(authors);
    categories = categories == null ? List.of() : List.copyOf(Category.clean(categories));
    sources = sources == null ? Set.of() : Set.copyOf(sources);
    authorCount = Math.max(authorCount, authors.size());
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  public Builder toBuilder() {
    return new Builder(id)
        .title(title)
        .abstractText(abstractText)
        .authors(authors)
        .authorCount(authorCount)
        .categories(categories)
        .announced(announced)
        .submitted(submitted)
        .updated(updated)
        .version(version)
        .comment(comment)
        .doi(doi)
        .journalRef(journalRef)
        .sources(sources)
        .upvotes(upvotes);
  }

  public boolean isLocal() {
    return ContentId.isContentId(id);
  }

  /** The first category, which arXiv lists as primary. */
  public String primaryCategory() {
    return categories.isEmpty() ? null : categories.get(0);
  }

  /** The best date to sort by: announced, else submitted, else updated. */
  public LocalDate date() {
    return announced != null ? announced : submitted != null ? submitted : updated;
  }

  /** Fluent builder, because most sources know only some of the fields. */
  public static final class Builder {
    private final String id;
    private String title;
    private String abstractText;
    private List<String> authors = List.of();
    private int authorCount;
    private List<String> categories = List.of();
    private LocalDate announced;
    private LocalDate submitted;
    private LocalDate updated;
    private int version;
    private String comment;
    private String doi;
    private String journalRef;
    private Set<String> sources = Set.of();
    private int upvotes;

    private Builder(String id) {
      this.id = id;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder abstractText(String v) {
      abstractText = v;
      return this;
    }

    public Builder authors(List<String> v) {
      authors = v;
      return this;
    }

    public Builder authorCount(int v) {
      authorCount = v;
      return this;
    }

    public Builder categories(List<String> v) {
      categories = v;
      return this;
    }

    public Builder announced(LocalDate v) {
      announced = v;
      return this;
    }

    public Builder submitted(LocalDate v) {
      submitted = v;
      return this;
    }

    public Builder updated(LocalDate v) {
      updated = v;
      return this;
    }

    public Builder version(int v) {
      version = v;
      return this;
    }

    public Builder comment(String v) {
      comment = v;
      return this;
    }

    public Builder doi(String v) {
      doi = v;
      return this;
    }

    public Builder journalRef(String v) {
      journalRef = v;
      return this;
    }

    public Builder sources(Set<String> v) {
      sources = v;
      return this;
    }

    public Builder source(String v) {
      sources = Set.of(v);
      return this;
    }

    public Builder upvotes(int v) {
      upvotes = v;
      return this;
    }

    public Paper build() {
      return new Paper(
          id,
          title,
          abstractText,
          authors,
          authorCount,
          categories,
          announced,
          submitted,
          updated,
          version,
          comment,
          doi,
          journalRef,
          sources,
          upvotes);
    }
  }
}
