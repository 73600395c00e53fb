package org.paperradar.index;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * How the HNSW graph stores vectors. FLOAT keeps 4 bytes per dimension; INT8 adds a scalar
 * quantised copy (1 byte per dimension) that the search reads instead, keeping the floats on disk
 * for merges and re-scoring. Measured with {@code radar bench vectors} (see the README of eval).
 */
public enum VectorFormat {
  FLOAT,
  INT8;

  /** The default codec with this format for the vector field (readers find it by SPI name). */
  public Codec codec() {
    KnnVectorsFormat format =
        this == INT8
            ? new Lucene99HnswScalarQuantizedVectorsFormat()
            : new Lucene99HnswVectorsFormat();
    return new Lucene103Codec() {
      @Override
      public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return format;
      }
    };
  }
}
