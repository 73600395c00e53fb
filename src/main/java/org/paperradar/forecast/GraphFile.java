package org.paperradar.forecast;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The concept graph on disk: one binary file in the data folder, written whole to a temporary file
 * and renamed, so a crash leaves the previous graph. Not in the store: features need every edge in
 * memory anyway, millions of pair rows would make a build many times slower to write than the 16
 * bytes an edge takes here, and the graph is derived data (like the search index) that {@code radar
 * forecast build --rebuild} recreates from the store.
 *
 * <p>Layout (big-endian): magic, version, concept-list fingerprint, watermark (the store's newest
 * {@code last_changed} covered, "" when none), concepts, papers (id, epoch day, concept ids), edges
 * (packed pair, first day, weight).
 */
public final class GraphFile {
  private static final int MAGIC = 0x50524647; // "PRFG"
  private static final int VERSION = 1;

  /** A saved graph and what it was built from. */
  public record Saved(ConceptGraph graph, String fingerprint, Optional<Instant> watermark) {}

  private GraphFile() {}

  public static void write(Path file, Saved saved) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    ConceptGraph g = saved.graph();
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeUTF(saved.fingerprint());
      out.writeUTF(saved.watermark().map(Instant::toString).orElse(""));
      out.writeInt(g.nodeCount());
      for (String c : g.concepts()) {
        out.writeUTF(c);
      }
      out.writeInt(g.paperCount());
      for (int p = 0; p < g.paperCount(); p++) {
        out.writeUTF(g.paperId(p));
        out.writeInt(g.paperDay(p));
        int[] c = g.paperConcepts(p);
        out.writeInt(c.length);
        for (int v : c) {
          out.writeInt(v);
        }
      }
      out.writeInt(g.edgeCount());
      for (int e = 0; e < g.edgeCount(); e++) {
        out.writeLong(g.edgeKey(e));
        out.writeInt(g.edgeFirstDay(e));
        out.writeInt(g.edgeWeight(e));
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The saved graph, if the file exists. */
  public static Optional<Saved> find(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        throw new IOException(file + " is not a concept graph of this version; rebuild it");
      }
      String fingerprint = in.readUTF();
      String mark = in.readUTF();
      int n = in.readInt();
      List<String> concepts = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        concepts.add(in.readUTF());
      }
      ConceptGraph g = new ConceptGraph(concepts);
      int papers = in.readInt();
      for (int p = 0; p < papers; p++) {
        String id = in.readUTF();
        int day = in.readInt();
        int[] c = new int[in.readInt()];
        for (int i = 0; i < c.length; i++) {
          c[i] = in.readInt();
        }
        g.putPaper(id, day, c);
      }
      int edges = in.readInt();
      for (int e = 0; e < edges; e++) {
        g.putEdge(in.readLong(), in.readInt(), in.readInt());
      }
      return Optional.of(
          new Saved(
              g,
              fingerprint,
              mark.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(mark))));
    }
  }

  /** A short fingerprint of a concept list, to notice that the list changed. */
  public static String fingerprint(List<String> concepts) {
    try {
      var md = java.security.MessageDigest.getInstance("SHA-256");
      for (String c : concepts) {
        md.update(c.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update((byte) '\n');
      }
      return java.util.HexFormat.of().formatHex(md.digest(), 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
