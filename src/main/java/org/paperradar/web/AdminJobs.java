package org.paperradar.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long work started from the web (ingests, harvests, index updates after seeding) runs here, one
 * job at a time on a background thread; the admin page lists each job's state.
 */
public final class AdminJobs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AdminJobs.class);

  /** A job body; its return value is the line shown when it is done. */
  @FunctionalInterface
  public interface Job {
    String run() throws Exception;
  }

  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "radar-web-jobs");
            t.setDaemon(true);
            return t;
          });
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());

  /** Queues a job; returns at once. */
  public void submit(String name, Job job) {
    int slot;
    synchronized (log) {
      log.add(Instant.now() + " " + name + ": queued");
      slot = log.size() - 1;
    }
    worker.submit(
        () -> {
          log.set(slot, Instant.now() + " " + name + ": running");
          try {
            String result = job.run();
            log.set(slot, Instant.now() + " " + name + ": done — " + result);
          } catch (Exception | LinkageError e) {
            LOG.warn("job {} failed", name, e);
            log.set(slot, Instant.now() + " " + name + ": failed — " + e.getMessage());
          }
        });
  }

  /** The jobs, newest first. */
  public List<String> jobs() {
    synchronized (log) {
      List<String> out = new ArrayList<>(log);
      Collections.reverse(out);
      return out;
    }
  }

  /** Waits until the jobs queued so far have run (tests, shutdown). */
  public void awaitIdle(long seconds) throws Exception {
    worker.submit(() -> {}).get(seconds, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
