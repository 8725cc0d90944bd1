package uk.tierless.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.tierless.platform.TierlessConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * With no SMTP server configured (make run), each message becomes an RFC 5322 .eml file, named by its Message-ID,
 * that any mail program opens. Writing the same message twice leaves one file.
 */
@ApplicationScoped
public class FileMailSender implements MailSender {

    private static final Logger LOG = Logger.getLogger(FileMailSender.class);

    @Inject
    TierlessConfig config;

    @Override
    public void send(Message message) throws IOException {
        Path folder = config.mail().filesDir();
        Files.createDirectories(folder);
        Path file = folder.resolve(message.messageId().replaceAll("[^A-Za-z0-9._-]", "_") + ".eml");
        String eml = "Message-ID: <" + message.messageId() + ">\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()) + "\r\n"
                + "From: " + encoded(message.fromName()) + " <" + message.fromAddress() + ">\r\n"
                + "To: " + message.to() + "\r\n"
                + "Subject: " + encoded(message.subject()) + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + (message.attachment() == null ? textPart(message.body()) : withAttachment(message));
        Path partial = folder.resolve(file.getFileName() + ".partial");
        Files.writeString(partial, eml, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        // The message id and file name, never the address (docs/security.md, Logs); the name is the id, not the address.
        LOG.infof("Message %s written to %s (no SMTP server configured)", message.messageId(), file.toAbsolutePath());
    }

    private static String textPart(String body) {
        return "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n"
                + crlf(body);
    }

    /** The body and the file as two parts of a multipart/mixed message (RFC 2046), the file in base64. */
    private static String withAttachment(Message message) {
        String boundary = "tierless-" + message.messageId().hashCode();
        Attachment file = message.attachment();
        return "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n"
                + "--" + boundary + "\r\n" + textPart(message.body()) + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: " + file.contentType() + "; charset=UTF-8\r\n"
                + "Content-Disposition: attachment; filename=\"" + file.filename() + "\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(file.content().getBytes(StandardCharsets.UTF_8))
                + "\r\n--" + boundary + "--\r\n";
    }

    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    static String address(String name, String address) {
        return "\"" + name.replace("\"", "'") + "\" <" + address + ">";
    }

    /** RFC 2047 encoding for a header with characters beyond ASCII (a council's name, a curly quote). */
    private static String encoded(String header) {
        return header.chars().allMatch(c -> c < 128) ? header
                : "=?UTF-8?B?" + Base64.getEncoder().encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "?=";
    }
}
