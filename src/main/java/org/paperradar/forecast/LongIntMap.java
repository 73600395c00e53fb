package org.paperradar.forecast;

import java.util.Arrays;

/**
 * An open-addressing hash map from {@code long} to non-negative {@code int}, without boxing: the
 * automaton's transitions and the graph's edge index (millions of packed pairs) live in one each.
 */
final class LongIntMap {
  private static final int MISSING = -1;
  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    values = new int[cap];
    Arrays.fill(values, MISSING);
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  /** The value of {@code key}, or -1. */
  int get(long key) {
    for (int i = slot(key); ; i = (i + 1) & mask) {
      int v = values[i];
      if (v == MISSING || keys[i] == key) {
        return v;
      }
    }
  }

  /** Sets {@code key} to {@code value} (>= 0). */
  void put(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative value");
    }
    if ((size + 1) * 4L > keys.length * 3L) {
      grow();
    }
    for (int i = slot(key); ; i = (i + 1) & mask) {
      if (values[i] == MISSING) {
        keys[i] = key;
        values[i] = value;
        size++;
        return;
      }
      if (keys[i] == key) {
        values[i] = value;
        return;
      }
    }
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    Arrays.fill(values, MISSING);
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != MISSING) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }
}
