package org.paperradar.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.paperradar.paper.Paper;
import org.paperradar.store.Database;
import org.paperradar.store.IngestCounts;
import org.paperradar.store.IngestRuns;
import org.paperradar.store.PaperDao;
import org.paperradar.store.StoreException;

/**
 * Streams an input through a {@link PaperSource} into the store in batches. Each batch commits
 * together with the run's position, so a run killed at any point is resumed by running it again:
 * records up to the stored position are skipped, and upserts make any overlap harmless.
 */
public final class Ingester {
  /** Hears about progress: bytes of the (compressed) input consumed so far, and records read. */
  public interface Listener {
    void progress(long bytesRead, long records);
  }

  private static final int MAX_STORED_REJECTS = 10_000;
  private static final int REPORTED_REJECTS = 100;

  private final Database db;
  private final PaperDao papers;
  private final IngestRuns runs;
  private final int batchSize;

  public Ingester(Database db, int batchSize) {
    this.db = db;
    this.papers = new PaperDao(db);
    this.runs = new IngestRuns(db);
    this.batchSize = batchSize;
  }

  /** Ingests a file (gzip or plain); {@code format} may be null to detect it from the content. */
  public IngestReport ingestFile(Path file, String format, Listener listener) throws IOException {
    String fingerprint =
        "file:"
            + file.toAbsolutePath().normalize()
            + ":"
            + Files.size(file)
            + ":"
            + Files.getLastModifiedTime(file).toMillis();
    try (InputStream raw = Files.newInputStream(file)) {
      return ingest(raw, file.getFileName().toString(), fingerprint, format, listener);
    }
  }

  /**
   * Ingests a stream. {@code fingerprint} identifies the input across runs (for resuming); null
   * disables resuming.
   */
  public IngestReport ingest(
      InputStream raw, String origin, String fingerprint, String format, Listener listener)
      throws IOException {
    long t0 = System.nanoTime();
    CountingInputStream counted = new CountingInputStream(raw);
    InputStream in = decompress(new BufferedInputStream(counted, 1 << 16));
    PaperSource source = format != null ? Formats.expect(format) : detect(in, origin);
    String fp =
        fingerprint == null
            ? "stream:" + origin + ":" + System.nanoTime()
            : fingerprint + ":" + source.format();
    long resumeAfter = runs.findInterrupted(fp).map(IngestRuns.Run::position).orElse(0L);
    long runId = runs.start(origin, source.format(), fp);
    BatchSink sink = new BatchSink(runId, resumeAfter, counted, listener);
    String status = "failed";
    ExecutorService writerThread =
        Executors.newSingleThreadExecutor(r -> new Thread(r, "ingest-writer"));
    sink.writer = writerThread;
    try {
      try {
        source.read(in, origin, sink);
      } finally {
        // Store what was read before an I/O error too (a truncated download): nothing is lost, and
        // the run's position lets the next run continue from there.
        sink.flush();
        sink.awaitWrite();
        writerThread.shutdown();
      }
      db.inTransaction(papers::linkLocalPapers);
      status = "done";
    } finally {
      runs.finish(runId, status);
      if (resumeAfter > 0 && status.equals("done")) {
        // The interrupted run's work is now covered by this one; close it so it is not resumed
        // again.
        for (var r = runs.findInterrupted(fp); r.isPresent(); r = runs.findInterrupted(fp)) {
          runs.finish(r.get().id(), "resumed");
        }
      }
    }
    return new IngestReport(
        runId,
        origin,
        source.format(),
        sink.counts,
        List.copyOf(sink.reported),
        resumeAfter,
        Duration.ofNanos(System.nanoTime() - t0));
  }

  /**
   * Reads a whole file (plain or gzip, format detected) into memory without storing it: for
   * evaluations and tools that work on a corpus file directly. Rejects are collected, not fatal.
   */
  public static CollectingSink readFile(java.nio.file.Path file) throws IOException {
    try (InputStream raw = java.nio.file.Files.newInputStream(file)) {
      return read(raw, file.toString());
    }
  }

  /** As {@link #readFile}, for a stream (plain or gzip) named {@code origin} in rejects. */
  public static CollectingSink read(InputStream raw, String origin) throws IOException {
    CollectingSink sink = new CollectingSink();
    InputStream in = decompress(new BufferedInputStream(raw, 1 << 16));
    BufferedInputStream buffered =
        in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
    detect(buffered, origin).read(buffered, origin, sink);
    return sink;
  }

  static InputStream decompress(BufferedInputStream in) throws IOException {
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      // available() = 0 makes BufferedInputStream hand over each inflated chunk at once instead of
      // reading on into a truncation and losing the chunk with the exception.
      InputStream gzip =
          new FilterInputStream(new GZIPInputStream(in, 1 << 16)) {
            @Override
            public int available() {
              return 0;
            }
          };
      return new BufferedInputStream(gzip, 1 << 16);
    }
    return in;
  }

  static PaperSource detect(InputStream in, String origin) throws IOException {
    byte[] head = new byte[1 << 15];
    int n = 0;
    in.mark(head.length);
    try {
      // Byte by byte (from the buffer): a bulk read would drop the bytes before a truncation.
      for (int b; n < head.length && (b = in.read()) >= 0; ) {
        head[n++] = (byte) b;
      }
    } catch (java.io.EOFException e) {
      // A truncated input: detect from what there is; the read itself will report the truncation.
    }
    in.reset();
    String text = new String(head, 0, n, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return Formats.detect(text)
        .orElseThrow(
            () ->
                new UnknownFormatException(
                    "cannot tell the format of "
                        + origin
                        + "; give --format (one of "
                        + Formats.names()
                        + ")"));
  }

  /** Collects papers into batches and commits each with the run's position. */
  private final class BatchSink implements IngestSink {
    private final long runId;
    private final long resumeAfter;
    private final CountingInputStream counted;
    private final Listener listener;
    private final List<Paper> batch = new ArrayList<>();
    private ExecutorService writer;
    private final List<Reject> pendingRejects = new ArrayList<>();
    private final List<Reject> reported = new ArrayList<>();
    private volatile IngestCounts counts = IngestCounts.ZERO;
    private Future<?> pending;
    private long lastPosition;
    private long read;
    private long rejected;
    private long storedRejects;

    BatchSink(long runId, long resumeAfter, CountingInputStream counted, Listener listener) {
      this.runId = runId;
      this.resumeAfter = resumeAfter;
      this.counted = counted;
      this.listener = listener;
    }

    @Override
    public void accept(Paper paper, long position) {
      if (position <= resumeAfter) {
        return; // stored by the interrupted run
      }
      read++;
      batch.add(paper);
      lastPosition = Math.max(lastPosition, position);
      if (batch.size() >= batchSize) {
        flush();
      }
    }

    @Override
    public void reject(Reject r) {
      if (r.position() <= resumeAfter && r.unit().equals("line")) {
        return;
      }
      rejected++;
      if (reported.size() < REPORTED_REJECTS) {
        reported.add(r);
      }
      if (storedRejects < MAX_STORED_REJECTS) {
        pendingRejects.add(r);
        storedRejects++;
      }
      lastPosition = Math.max(lastPosition, r.position());
    }

    /**
     * Hands the batch to the writer thread, after the previous batch is stored: parsing the next
     * batch overlaps with writing this one (2 cores), while batches still commit in order, so the
     * stored position never runs ahead of the stored papers.
     */
    void flush() {
      List<Paper> toWrite = List.copyOf(batch);
      List<Reject> rejectsToWrite = List.copyOf(pendingRejects);
      long position = lastPosition;
      long readSoFar = read;
      long rejectedSoFar = rejected;
      awaitWrite();
      pending =
          writer.submit(
              () -> {
                counts =
                    db.inTransaction(
                        c -> {
                          PaperDao.UpsertCounts u = papers.upsert(c, toWrite);
                          IngestCounts next =
                              new IngestCounts(
                                  readSoFar,
                                  counts.added() + u.added(),
                                  counts.updated() + u.updated(),
                                  counts.unchanged() + u.unchanged(),
                                  rejectedSoFar);
                          runs.checkpoint(c, runId, position, next, rejectsToWrite);
                          return next;
                        });
                if (listener != null) {
                  listener.progress(counted.count, readSoFar + rejectedSoFar);
                }
                return null;
              });
      batch.clear();
      pendingRejects.clear();
    }

    /** Waits for the batch being written; its failure becomes the caller's. */
    void awaitWrite() {
      if (pending == null) {
        return;
      }
      try {
        pending.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException("interrupted while writing a batch", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new StoreException("writing a batch failed: " + e.getCause(), e.getCause());
      } finally {
        pending = null;
      }
    }
  }

  /** Counts bytes taken from the underlying (possibly compressed) stream, for progress and ETA. */
  private static final class CountingInputStream extends FilterInputStream {
    volatile long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
