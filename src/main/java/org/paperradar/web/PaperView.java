package org.paperradar.web;

import java.util.List;
import java.util.Optional;
import org.paperradar.store.LibraryStore.Folder;

/** Everything the paper page shows about one paper and the reader's relation to it. */
public record PaperView(
    String id,
    String title,
    String abstractText,
    List<Card.Link> authors,
    String dateLine,
    List<Card.Link> categories,
    Optional<String> arxivUrl,
    Optional<String> pdfUrl,
    Optional<String> comment,
    String bibtex,
    int votes,
    boolean voted,
    String rating,
    boolean saved,
    Optional<Long> savedFolder,
    List<Folder> folders) {}
