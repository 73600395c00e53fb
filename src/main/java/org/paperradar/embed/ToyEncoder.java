package org.paperradar.embed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deterministic stand-in for a real model, for fast tests only: hashes word unigrams and bigrams
 * into a fixed number of dimensions (the hashing trick) and normalises. Texts sharing words get
 * similar vectors; it knows nothing of meaning beyond that.
 */
public final class ToyEncoder implements TextEncoder {
  private final int dimension;

  public ToyEncoder(int dimension) {
    this.dimension = dimension;
  }

  public ToyEncoder() {
    this(64);
  }

  @Override
  public String modelId() {
    return "toy-hash-" + dimension;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public List<float[]> encode(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(encodeOne(t));
    }
    return out;
  }

  private float[] encodeOne(String text) {
    float[] v = new float[dimension];
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    String prev = null;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      add(v, w, 1f);
      if (prev != null) {
        add(v, prev + " " + w, 0.5f);
      }
      prev = w;
    }
    return Vectors.normalize(v);
  }

  private void add(float[] v, String token, float weight) {
    int h = fnv1a(token);
    int slot = Math.floorMod(h, dimension);
    v[slot] += (h & 0x40000000) != 0 ? weight : -weight; // signed hashing keeps collisions unbiased
  }

  private static int fnv1a(String s) {
    int h = 0x811c9dc5;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x01000193;
    }
    return h;
  }
}
