package org.paperradar.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code radar} in-process and captures its output: for tests and embedding callers. */
public final class RadarCliRunner {
  /** Exit code and what went to stdout and stderr. */
  public record Result(int code, String out, String err) {}

  private RadarCliRunner() {}

  public static Result run(String... args) {
    return run(RadarCli.commandLine(), args);
  }

  /** With a given command line (e.g. one built with a test encoder). */
  public static Result run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
