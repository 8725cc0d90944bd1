package uk.tierless.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.platform.TierlessConfig;

/** The way email leaves this Tierless ({@code TIERLESS_MAIL_TRANSPORT}): SMTP or files. Residents' mail and service inboxes share it. */
@ApplicationScoped
public class MailTransport {

    @Inject
    TierlessConfig config;

    @Inject
    SmtpMailSender smtp;

    @Inject
    FileMailSender files;

    public MailSender email() {
        return config.mail().transport() == TierlessConfig.Mail.Transport.SMTP ? smtp : files;
    }

    /** The address Tierless sends from; the display name is the council's. */
    public String fromAddress() {
        return config.mail().fromAddress();
    }
}
