package org.paperradar.recommend;

/**
 * A reader's training rows in a {@link PaperFeatures}: positives (own, liked, saved papers) and
 * negatives (disliked papers plus background papers).
 */
@SuppressWarnings("ArrayRecordComponent") // row lists are read, never compared
public record Profile(int[] positives, int[] negatives) {}
