package org.paperradar.cli;

import java.util.Optional;
import org.paperradar.embed.TextEncoder;

/** A query encoder a command opened and must close (backends only borrow theirs). */
record EncoderLease(Optional<TextEncoder> encoder) implements AutoCloseable {
  @Override
  public void close() {
    encoder.ifPresent(TextEncoder::close);
  }
}
