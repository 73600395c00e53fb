package org.paperradar.ingest;

import java.util.ArrayList;
import java.util.List;
import org.paperradar.paper.Paper;

/** Keeps everything in memory: for small inputs (pasted text, seeding a profile) and tests. */
public final class CollectingSink implements IngestSink {
  private final List<Paper> papers = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();

  @Override
  public void accept(Paper paper, long position) {
    papers.add(paper);
  }

  @Override
  public void reject(Reject reject) {
    rejects.add(reject);
  }

  public List<Paper> papers() {
    return papers;
  }

  public List<Reject> rejects() {
    return rejects;
  }
}
