package org.paperradar.ingest;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX set-up shared by the XML sources: namespace aware, no DTDs, no external entities (XXE). */
final class Xml {
  private static final XMLInputFactory FACTORY = newFactory();

  private Xml() {}

  private static XMLInputFactory newFactory() {
    // The JDK's own implementation, whatever else is on the class path.
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  static XMLStreamReader reader(InputStream in) throws XMLStreamException {
    return FACTORY.createXMLStreamReader(in);
  }

  static String attr(XMLStreamReader r, String name) {
    return r.getAttributeValue(null, name);
  }

  static long longAttr(XMLStreamReader r, String name) {
    String v = attr(r, name);
    try {
      return v == null ? -1 : Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Reads a text-only element (consuming its end tag), cleaned; null when empty. */
  static String text(XMLStreamReader r) throws XMLStreamException {
    return Texts.clean(r.getElementText());
  }

  /**
   * A well-formedness error as a reject at its line, with the column and the parser's message. An
   * I/O error underneath is rethrown: the input is unreadable, not malformed.
   */
  static Reject malformed(String origin, XMLStreamException e) throws IOException {
    // A wrong encoding (Latin-1 bytes in a UTF-8 document) surfaces as a CharConversionException:
    // that is a bad input to reject with its position, not an unreadable stream.
    if (e.getNestedException() instanceof IOException io
        && !(io instanceof java.io.CharConversionException)) {
      throw io;
    }
    Location loc = e.getLocation();
    String msg =
        e.getNestedException() instanceof java.io.CharConversionException cce
            ? "wrong encoding: " + cce.getMessage()
            : String.valueOf(e.getMessage());
    int m = msg.indexOf("Message: ");
    msg = Texts.clean(m >= 0 ? msg.substring(m + 9) : msg);
    long line = loc == null ? 0 : loc.getLineNumber();
    long col = loc == null ? 0 : loc.getColumnNumber();
    return Reject.atLine(origin, line, "malformed XML at " + line + ":" + col + ": " + msg);
  }
}
