package uk.tierless.notifications;

/**
 * Hands a message to whatever delivers it: an SMTP server ({@link SmtpMailSender}), files for trials
 * ({@link FileMailSender}) or GOV.UK Notify ({@link NotifySender}, email and text messages). A failure is an
 * exception, which the dispatcher retries; {@link Undeliverable} says retrying cannot help.
 */
public interface MailSender {

    /**
     * A message as it leaves: From (the council's name), To (an email address, or a phone number for {@code sms}),
     * Subject, a plain-text body, its Message-ID, what it was made of (its kind and fields) for providers that
     * fill their own templates, and a file to send with an email ({@code attachment}, null for none).
     */
    record Message(String council, String fromName, String fromAddress, String to, String subject, String body,
                   String messageId, String kind, String channel, java.util.Map<String, String> fields,
                   Attachment attachment) {
    }

    void send(Message message) throws Exception;

    /** The provider refused the message itself (a bad address, a wrong key or template): it is dead at once. */
    class Undeliverable extends Exception {
        public Undeliverable(String message) {
            super(message);
        }
    }
}
