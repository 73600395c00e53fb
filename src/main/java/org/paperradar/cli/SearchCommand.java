package org.paperradar.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.search.Query;
import org.paperradar.index.PaperIndex;
import org.paperradar.search.Coverage;
import org.paperradar.search.LexicalQueries;
import org.paperradar.search.LuceneSearchBackend;
import org.paperradar.search.ScoredPaper;
import org.paperradar.search.SearchMode;
import org.paperradar.search.SearchRequest;
import org.paperradar.search.Snippets;
import org.paperradar.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code radar search "query"}: keyword, meaning or hybrid search over the index. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the papers. The query uses Lucene syntax: \"exact phrase\", AND/OR/NOT, +must,",
      "-mustnot, title:word, abstract:word, authors:name, wild*cards; words are OR-ed by default."
    })
final class SearchCommand implements Callable<Integer> {
  @ParentCommand RadarCli radar;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUERY", description = "What to search for.")
  String query;

  @Option(
      names = {"-m", "--mode"},
      defaultValue = "hybrid",
      description = "lexical, semantic or hybrid (default ${DEFAULT-VALUE}).")
  String mode;

  @Option(
      names = {"-c", "--category"},
      paramLabel = "CAT",
      description = "Only papers in this category (repeat for any of several), e.g. cs.LG.")
  List<String> categories = List.of();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Announced on or after.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Announced on or before.")
  LocalDate to;

  @Option(names = "--author", paramLabel = "NAME", description = "Only papers by this author.")
  String author;

  @Option(names = "-n", defaultValue = "10", description = "Number of results (default 10).")
  int limit;

  @Option(names = "--json", description = "Print a JSON array.")
  boolean json;

  @Option(names = "--literal", description = "Search the words as typed, ignoring the syntax.")
  boolean literal;

  @Override
  public Integer call() {
    SearchRequest request = request();
    PrintWriter err = spec.commandLine().getErr();
    try (Database db = radar.openStore();
        PaperIndex index = PaperIndex.openReadOnly(Indexing.indexDir(radar.config()));
        EncoderLease lease = new EncoderLease(radar.encoders.queryEncoder(db));
        LuceneSearchBackend backend = new LuceneSearchBackend(index, lease.encoder())) {
      Coverage coverage = backend.coverage();
      if (coverage.docs() == 0) {
        err.println("radar: the index is empty; run 'radar ingest' or 'radar index' first");
      }
      coverage.warning(request.mode()).ifPresent(w -> err.println("warning: " + w));
      err.flush();
      List<ScoredPaper> results = backend.search(request, literal);
      Query text = new LexicalQueries().parse(request.query(), literal);
      Snippets snippets = new Snippets();
      ResultPrinter.print(
          results,
          json,
          spec.commandLine().getOut(),
          p -> snippets.forAbstract(text, p.abstractText()));
    }
    return RadarCli.OK;
  }

  /** Checks the options (a bad one is a usage error, exit 2) and builds the request. */
  private SearchRequest request() {
    if (limit <= 0 || limit > 10_000) {
      throw new ParameterException(spec.commandLine(), "-n must be 1..10000, was " + limit);
    }
    if (query.isBlank()) {
      throw new ParameterException(spec.commandLine(), "the query is empty");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
    }
    SearchMode m;
    try {
      m = SearchMode.parse(mode);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, mode);
    }
    return new SearchRequest(query, m, new LinkedHashSet<>(categories), from, to, author, limit);
  }
}
