package uk.tierless.notifications;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;

/** Email through quarkus-mailer to the SMTP server configured in QUARKUS_MAILER_*. */
@ApplicationScoped
public class SmtpMailSender implements MailSender {

    @Inject
    Mailer mailer;

    @Override
    public void send(Message message) {
        Mail mail = Mail.withText(message.to(), message.subject(), message.body())
                .setFrom(FileMailSender.address(message.fromName(), message.fromAddress()))
                .addHeader("Message-ID", "<" + message.messageId() + ">");
        if (message.attachment() != null) {
            mail.addAttachment(message.attachment().filename(),
                    message.attachment().content().getBytes(StandardCharsets.UTF_8), message.attachment().contentType());
        }
        mailer.send(mail);
    }
}
