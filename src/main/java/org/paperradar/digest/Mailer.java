package org.paperradar.digest;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;

/**
 * Builds digest messages (multipart/alternative: plain text, then HTML; {@code List-Unsubscribe}
 * with RFC 8058 one-click) and sends stored ones over SMTP with Jakarta Mail (Eclipse Angus).
 *
 * <p>A message is built once, with its Message-ID, and kept as bytes in the outbox; sending writes
 * those bytes unchanged, so a retry is the same message and a receiver can recognise a duplicate.
 */
public final class Mailer {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SmtpSettings smtp;
  private final Session session;

  public Mailer(SmtpSettings smtp) {
    this.smtp = smtp;
    this.session = Session.getInstance(properties(smtp));
  }

  public SmtpSettings settings() {
    return smtp;
  }

  /** What goes into one message. */
  public record Mail(
      String to,
      String subject,
      String text,
      String html,
      String unsubscribeUrl,
      String messageId,
      Instant date) {}

  /** A new, unique Message-ID in the From address's domain. */
  public String newMessageId(String tag) {
    byte[] b = new byte[8];
    RANDOM.nextBytes(b);
    return "<"
        + tag.replaceAll("[^A-Za-z0-9.-]", "-")
        + "."
        + HexFormat.of().formatHex(b)
        + "@"
        + domain()
        + ">";
  }

  /** The message as RFC 5322 bytes. */
  public byte[] build(Mail m) {
    try {
      MimeMessage msg = new FixedIdMessage(session, m.messageId());
      msg.setFrom(new InternetAddress(smtp.from()));
      msg.setRecipient(Message.RecipientType.TO, new InternetAddress(m.to(), true));
      msg.setSubject(m.subject(), "UTF-8");
      msg.setSentDate(Date.from(m.date()));
      // RFC 2369 and RFC 8058: mail clients show an unsubscribe button that POSTs to the URL.
      msg.setHeader("List-Unsubscribe", "<" + m.unsubscribeUrl() + ">");
      msg.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      msg.setHeader("Auto-Submitted", "auto-generated");
      MimeBodyPart text = new MimeBodyPart();
      text.setText(m.text(), "UTF-8", "plain");
      MimeBodyPart html = new MimeBodyPart();
      html.setText(m.html(), "UTF-8", "html");
      MimeMultipart alt = new MimeMultipart("alternative", text, html);
      msg.setContent(alt);
      msg.saveChanges();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      msg.writeTo(out);
      return out.toByteArray();
    } catch (MessagingException e) {
      throw new IllegalArgumentException("cannot build the digest mail: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses stored bytes (for tests and the dry run's summary). */
  public MimeMessage parse(byte[] mime) {
    try (InputStream in = new ByteArrayInputStream(mime)) {
      return new MimeMessage(session, in);
    } catch (MessagingException | IOException e) {
      throw new IllegalArgumentException("not a stored message: " + e.getMessage(), e);
    }
  }

  /** A connection to the SMTP server for sending a batch. */
  public Connection connect() throws SendException {
    try {
      Transport t = session.getTransport("smtp");
      if (smtp.user().isPresent()) {
        t.connect(smtp.host(), smtp.port(), smtp.user().get(), smtp.password().orElse(""));
      } else {
        t.connect();
      }
      return new Connection(t);
    } catch (MessagingException e) {
      throw SendException.of(e);
    }
  }

  /** An open SMTP connection. */
  public final class Connection implements AutoCloseable {
    private final Transport transport;

    private Connection(Transport transport) {
      this.transport = transport;
    }

    /** Sends stored message bytes as they are to {@code recipient}. */
    public void send(byte[] mime, String recipient) throws SendException {
      try {
        MimeMessage msg = parse(mime); // parsed, not modified: written back byte for byte
        transport.sendMessage(msg, new Address[] {new InternetAddress(recipient, true)});
      } catch (MessagingException e) {
        throw SendException.of(e);
      }
    }

    @Override
    public void close() {
      try {
        transport.close();
      } catch (MessagingException e) {
        // the message went out or not before this; nothing to do about a failed QUIT
      }
    }
  }

  /** A failed send: permanent (the server refused the recipient) or worth retrying. */
  public static final class SendException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean permanent;

    SendException(String message, boolean permanent, Throwable cause) {
      super(message, cause);
      this.permanent = permanent;
    }

    public boolean permanent() {
      return permanent;
    }

    static SendException of(MessagingException e) {
      boolean permanent = false;
      if (e instanceof SendFailedException sf && !(e instanceof AuthenticationFailedException)) {
        Exception next = sf.getNextException();
        // 5xx for a recipient (no such user, relay denied): retrying will not help.
        permanent =
            (next instanceof SMTPAddressFailedException af && af.getReturnCode() >= 500)
                || (sf.getInvalidAddresses() != null
                    && sf.getInvalidAddresses().length > 0
                    && (sf.getValidSentAddresses() == null
                        || sf.getValidSentAddresses().length == 0)
                    && next == null);
      }
      String msg = e.getMessage();
      if (e.getNextException() != null) {
        msg += ": " + e.getNextException().getMessage();
      } else if (e.getCause() != null && e.getCause() != e) {
        msg += ": " + e.getCause().getMessage();
      }
      return new SendException(msg == null ? e.toString() : msg.strip(), permanent, e);
    }
  }

  private String domain() {
    try {
      String a = new InternetAddress(smtp.from()).getAddress();
      return a.contains("@") ? a.substring(a.indexOf('@') + 1) : "paperradar.local";
    } catch (MessagingException e) {
      return "paperradar.local";
    }
  }

  private static Properties properties(SmtpSettings s) {
    Properties p = new Properties();
    p.put("mail.transport.protocol", "smtp");
    p.put("mail.smtp.host", s.host());
    p.put("mail.smtp.port", Integer.toString(s.port()));
    p.put("mail.smtp.auth", Boolean.toString(s.user().isPresent()));
    p.put("mail.smtp.starttls.enable", Boolean.toString(s.starttls()));
    p.put("mail.smtp.starttls.required", Boolean.toString(s.requireTls()));
    p.put("mail.smtp.ssl.checkserveridentity", "true");
    String ms = Long.toString(s.timeout().toMillis());
    p.put("mail.smtp.connectiontimeout", ms);
    p.put("mail.smtp.timeout", ms);
    p.put("mail.smtp.writetimeout", ms);
    p.put("mail.mime.charset", StandardCharsets.UTF_8.name());
    return p;
  }

  /** A message whose Message-ID is the one chosen at composition, not a fresh one per save. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String id;

    FixedIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
