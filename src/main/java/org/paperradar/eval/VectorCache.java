package org.paperradar.eval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.paperradar.embed.TextEncoder;
import org.paperradar.paper.ContentId;

/**
 * Vectors of evaluation documents (which are not papers in the store), cached in one file per
 * dataset and model under the data folder, keyed by document id and text hash: embedding is the
 * slow stage, and an evaluation is rerun far more often than its corpus changes.
 */
public final class VectorCache {
  private record Entry(String hash, float[] vector) {}

  private final Path file;
  private final Map<String, Entry> entries = new HashMap<>();

  private VectorCache(Path file) {
    this.file = file;
  }

  public static VectorCache open(Path dir, String dataset, String model) throws IOException {
    Files.createDirectories(dir);
    VectorCache c =
        new VectorCache(
            dir.resolve(dataset + "-" + model.replaceAll("[^A-Za-z0-9.-]", "_") + ".vec"));
    c.load();
    return c;
  }

  private void load() throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      while (true) {
        String id;
        try {
          id = in.readUTF();
        } catch (EOFException e) {
          break;
        }
        String hash = in.readUTF();
        float[] v = new float[in.readInt()];
        for (int i = 0; i < v.length; i++) {
          v[i] = in.readFloat();
        }
        entries.put(id, new Entry(hash, v));
      }
    } catch (EOFException e) {
      // A cache cut short by a crash: keep what was whole; the rest is recomputed.
    }
  }

  /**
   * Vectors for all documents, computing (in batches, with {@code progress} told the count done)
   * and saving the ones missing or whose text changed.
   */
  public Map<String, float[]> vectors(
      Map<String, String> textsById,
      TextEncoder encoder,
      int batchSize,
      Function<Integer, Void> progress)
      throws IOException {
    List<String> todo = new ArrayList<>();
    textsById.forEach(
        (id, text) -> {
          Entry e = entries.get(id);
          if (e == null || !e.hash().equals(hash(text))) {
            todo.add(id);
          }
        });
    for (int i = 0; i < todo.size(); i += batchSize) {
      List<String> ids = todo.subList(i, Math.min(todo.size(), i + batchSize));
      List<float[]> vs = encoder.encode(ids.stream().map(textsById::get).toList());
      for (int j = 0; j < ids.size(); j++) {
        entries.put(ids.get(j), new Entry(hash(textsById.get(ids.get(j))), vs.get(j)));
      }
      if (progress != null) {
        progress.apply(Math.min(todo.size(), i + batchSize));
      }
      if ((i / batchSize) % 20 == 19) {
        save(); // keep long runs restartable
      }
    }
    if (!todo.isEmpty()) {
      save();
    }
    Map<String, float[]> out = new HashMap<>();
    textsById.keySet().forEach(id -> out.put(id, entries.get(id).vector()));
    return out;
  }

  private static String hash(String text) {
    String h = ContentId.textHash(text);
    return h == null ? "" : h;
  }

  private void save() throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
      for (Map.Entry<String, Entry> e : entries.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue().hash());
        float[] v = e.getValue().vector();
        out.writeInt(v.length);
        for (float x : v) {
          out.writeFloat(x);
        }
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
