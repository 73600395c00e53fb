package org.paperradar.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reading query and form parameters with one clear 400 message for each bad value. */
final class Params {
  private Params() {}

  static String string(Context ctx, String name, String fallback) {
    String v = ctx.queryParam(name);
    return v == null ? fallback : v;
  }

  static int intParam(Context ctx, String name, int fallback, int min, int max) {
    return parseInt(name, ctx.queryParam(name), fallback, min, max);
  }

  static int parseInt(String name, String v, int fallback, int min, int max) {
    if (v == null || v.isBlank()) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw WebError.badRequest(name + " must be a whole number, got '" + clip(v) + "'");
    }
    if (n < min || n > max) {
      throw WebError.badRequest(name + " must be between " + min + " and " + max + ", got " + n);
    }
    return n;
  }

  static Optional<LocalDate> date(Context ctx, String name) {
    return parseDate(name, ctx.queryParam(name));
  }

  static Optional<LocalDate> parseDate(String name, String v) {
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v.strip()));
    } catch (DateTimeParseException e) {
      throw WebError.badRequest(name + " must be a date like 2026-07-01, got '" + clip(v) + "'");
    }
  }

  /** A required form field. */
  static String form(Context ctx, String name) {
    String v = ctx.formParam(name);
    if (v == null || v.isBlank()) {
      throw WebError.badRequest("the form field '" + name + "' is missing");
    }
    return v.strip();
  }

  static Optional<Long> optionalId(String name, String v) {
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(v.strip()));
    } catch (NumberFormatException e) {
      throw WebError.badRequest(name + " must be a number, got '" + clip(v) + "'");
    }
  }

  /** Long user input shown back in a message is cut short. */
  static String clip(String v) {
    return v.length() > 60 ? v.substring(0, 60) + "…" : v;
  }
}
