package uk.tierless.notifications;

/**
 * Hands a message to whatever delivers email: an SMTP server ({@link SmtpMailSender}) or files for trials
 * ({@link FileMailSender}). A failure is an exception; the dispatcher retries.
 */
public interface MailSender {

    /** A message as it leaves: From (the council's name), To, Subject, a plain-text body and its Message-ID. */
    record Message(String fromName, String fromAddress, String to, String subject, String body, String messageId) {
    }

    void send(Message message) throws Exception;
}
