package uk.tierless.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import uk.tierless.tenancy.CouncilFileSection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Notifications' section of a council's files: {@code govukNotify} in tenant.yaml. Checks that it names the API key's
 * variable and a template id for each kind of message it sends, and answers which councils send through Notify.
 */
@ApplicationScoped
public class NotifyAccounts implements CouncilFileSection<NotifyAccount> {

    private static final Set<String> KINDS = Set.of(Outbox.ACKNOWLEDGEMENT, Outbox.UPDATE, Outbox.TRANSFER);
    private static final Pattern TEMPLATE_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private volatile Map<String, NotifyAccount> byCouncil = Map.of();

    @Override
    public String name() {
        return "govukNotify";
    }

    @Override
    public Class<NotifyAccount> type() {
        return NotifyAccount.class;
    }

    @Override
    public NotifyAccount check(String council, NotifyAccount notify, Problems problems) {
        problems.matches(council, "govukNotify.apiKeyEnv", notify.apiKeyEnv(), ENV_NAME,
                "the name of the environment variable holding the Notify API key, such as TAMWORTH_NOTIFY_API_KEY");
        if (notify.templates() == null || notify.templates().isEmpty()) {
            problems.add(council, "govukNotify.templates",
                    "is missing: the Notify email template id for acknowledgement, update and transfer");
        }
        for (String group : List.of("templates", "smsTemplates")) {
            Map<String, String> ids = group.equals("templates") ? notify.templates() : notify.smsTemplates();
            if (ids == null) {
                continue;
            }
            ids.forEach((kind, id) -> {
                if (!KINDS.contains(kind)) {
                    problems.add(council, "govukNotify." + group + "." + kind,
                            "is not a kind of message: use acknowledgement, update or transfer");
                } else if (id == null || !TEMPLATE_ID.matcher(id).matches()) {
                    problems.add(council, "govukNotify." + group + "." + kind, "must be a Notify template id (a UUID)");
                }
            });
        }
        return notify;
    }

    @Override
    public void use(Map<String, NotifyAccount> sections) {
        byCouncil = sections;
    }

    /** How the council sends messages to residents through GOV.UK Notify, if it does. */
    public Optional<NotifyAccount> of(String councilSlug) {
        return Optional.ofNullable(byCouncil.get(councilSlug));
    }
}
