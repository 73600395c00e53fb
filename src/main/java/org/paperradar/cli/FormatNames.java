package org.paperradar.cli;

import java.util.Iterator;
import org.paperradar.ingest.Formats;
import org.paperradar.ingest.PaperSource;

/** The known input formats, for picocli's help and completion. */
final class FormatNames implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return Formats.all().stream().map(PaperSource::format).iterator();
  }
}
