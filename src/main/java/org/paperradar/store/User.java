package org.paperradar.store;

import java.time.Instant;
import java.util.Optional;

/**
 * A reader. {@code revision} grows with every change to their own, liked, disliked or saved papers,
 * so a cached model can tell that it is stale.
 */
public record User(long id, String name, Optional<String> email, long revision, Instant created) {}
