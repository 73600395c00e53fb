package org.paperradar.search;

/**
 * One ingredient of a final score, kept for explanations: e.g. {@code bm25} 12.3 at rank 1, {@code
 * knn} 0.83 at rank 4. {@code rank} is 1-based in that ingredient's own list, 0 if absent.
 */
public record ScorePart(String name, double value, int rank) {}
