package org.paperradar.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;

/** One-line, human messages for query-syntax errors, instead of the parser's multi-line dump. */
final class QueryErrors {
  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
  private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \"?\\s*(.*?)\"? at line");
  private static final String HINT = " (use --literal to search for the text as typed)";

  private QueryErrors() {}

  static String describe(String query, ParseException e) {
    String what = reason(query, e);
    return "cannot parse query '" + query + "': " + what + HINT;
  }

  private static String reason(String query, ParseException outer) {
    // QueryParserBase.parse wraps the parser's own exception, which knows the failing token.
    ParseException e = outer.getCause() instanceof ParseException p ? p : outer;
    if (count(query, '"') % 2 == 1) {
      return "unclosed quote at column " + (query.lastIndexOf('"') + 1);
    }
    int depth = 0;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return "unmatched ')' at column " + (i + 1);
      }
    }
    if (depth > 0) {
      return "unclosed '(' at column " + (query.indexOf('(') + 1);
    }
    String msg = String.valueOf(outer.getMessage());
    if (msg.contains("not allowed as first character")) {
      return "'*' or '?' cannot start a word";
    }
    if (e.currentToken != null && e.currentToken.next != null) {
      var next = e.currentToken.next;
      String found = next.image == null || next.image.isEmpty() ? "end of query" : next.image;
      if (found.equals("end of query")) {
        return "query ends too early, after '" + e.currentToken.image + "'";
      }
      return "unexpected '" + found + "' at column " + (next.beginColumn + 1); // 0-based
    }
    Matcher col = COLUMN.matcher(msg);
    Matcher enc = ENCOUNTERED.matcher(msg);
    String where = col.find() ? " at column " + col.group(1) : "";
    String token = enc.find() ? "unexpected " + enc.group(1).strip() : "invalid syntax";
    return token + where;
  }

  private static int count(String s, char ch) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == ch) {
        n++;
      }
    }
    return n;
  }
}
