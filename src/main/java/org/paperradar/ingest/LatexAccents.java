package org.paperradar.ingest;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the TeX accents of arXiv metadata ({@code Bal\'azs}, {@code M\"{u}ller}, {@code {\o}}) into
 * Unicode, so an author's name is one name whichever source spelled it.
 */
public final class LatexAccents {
  private static final Map<Character, Character> COMBINING =
      Map.of(
          '\'', '\u0301',
          '`', '\u0300',
          '^', '\u0302',
          '"', '\u0308',
          '~', '\u0303',
          '=', '\u0304',
          '.', '\u0307',
          'c', '\u0327',
          'v', '\u030C',
          'H', '\u030B');
  private static final Map<String, String> LETTERS =
      Map.of(
          "o", "ø", "O", "Ø", "l", "ł", "L", "Ł", "ss", "ß", "ae", "æ", "AE", "Æ", "aa", "å", "AA",
          "Å", "i", "ı");
  // \'a  \'{a}  {\'a}  \c{c}  \v s; the accent letter forms (c, v, H) need a brace or a space.
  private static final Pattern ACCENT =
      Pattern.compile("\\{?\\\\(['`^\"~=.]|[cvH](?=[{\\s]))\\s*\\{?\\\\?([A-Za-z])\\}?\\}?");
  private static final Pattern LETTER =
      Pattern.compile(
          "\\{\\\\(ss|ae|AE|aa|AA|o|O|l|L|i)\\}|\\\\(ss|ae|AE|aa|AA|o|O|l|L|i)(?![A-Za-z])");

  private LatexAccents() {}

  public static String decode(String s) {
    if (s == null || s.indexOf('\\') < 0) {
      return s;
    }
    Matcher m = ACCENT.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      char mark = COMBINING.get(m.group(1).charAt(0));
      m.appendReplacement(
          sb,
          Matcher.quoteReplacement(Normalizer.normalize(m.group(2) + mark, Normalizer.Form.NFC)));
    }
    m.appendTail(sb);
    Matcher l = LETTER.matcher(sb.toString());
    StringBuilder out = new StringBuilder();
    while (l.find()) {
      l.appendReplacement(
          out, Matcher.quoteReplacement(LETTERS.get(l.group(1) != null ? l.group(1) : l.group(2))));
    }
    l.appendTail(out);
    return out.toString();
  }
}
