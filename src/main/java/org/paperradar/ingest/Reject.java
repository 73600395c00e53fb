package org.paperradar.ingest;

/**
 * A refused record: {@code origin} (file or URL), its {@code position} in {@code unit}s (line,
 * record, page) and the reason, e.g. {@code broken.jsonl:line 3: invalid JSON: ...}.
 */
public record Reject(String origin, long position, String unit, String reason) {

  public static Reject atLine(String origin, long line, String reason) {
    return new Reject(origin, line, "line", reason);
  }

  public static Reject atRecord(String origin, long record, String reason) {
    return new Reject(origin, record, "record", reason);
  }

  public String location() {
    return origin + ":" + unit + " " + position;
  }

  @Override
  public String toString() {
    return location() + ": " + reason;
  }
}
