package org.paperradar.search;

import java.util.Optional;
import org.paperradar.embed.TextEncoder;
import org.paperradar.embed.ToyEncoder;
import org.paperradar.index.VectorSource;
import org.paperradar.store.Database;

/**
 * Where the CLI gets the encoder for queries and the vectors for the index. The default has
 * neither, so search is lexical; the ONNX sentence encoder and the store's embedding cache plug in
 * here (the CLI's choice is {@code cli.ModelEncoders}). {@link #TOY} (also {@code
 * RADAR_ENCODER=toy}) encodes with {@link ToyEncoder}, for trying the semantic modes without a
 * model.
 */
public interface EncoderProvider {
  EncoderProvider NONE = new EncoderProvider() {};

  EncoderProvider TOY =
      new EncoderProvider() {
        @Override
        public Optional<TextEncoder> queryEncoder(Database db) {
          return Optional.of(new ToyEncoder(384));
        }

        @Override
        public VectorSource vectors(Database db) {
          return VectorSource.encoding(new ToyEncoder(384));
        }
      };

  /** The encoder for query texts; must be the model the indexed vectors came from. */
  default Optional<TextEncoder> queryEncoder(Database db) {
    return Optional.empty();
  }

  /** The paper vectors to index. */
  default VectorSource vectors(Database db) {
    return VectorSource.none();
  }
}
