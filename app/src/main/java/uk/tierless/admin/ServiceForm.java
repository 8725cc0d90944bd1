package uk.tierless.admin;

import jakarta.ws.rs.core.MultivaluedMap;
import uk.tierless.api.ApiError;
import uk.tierless.catalogue.PaymentSettings;
import uk.tierless.catalogue.PortalDefinition;
import uk.tierless.platform.Text;
import uk.tierless.publishing.ServiceSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The service page's form as the administrator filled it in: every field as text, so that whatever was typed
 * (even a target of "ten days") goes back on the page when a save is refused. Reply rows are numbered from 0 as
 * {@code replies-N-name}, {@code replies-N-text}, {@code replies-N-status}; a row left wholly blank, or marked
 * {@code replies-N-remove}, is no reply. Where requests go is {@link DispatchForm}; the fees' amounts are
 * {@link FeesForm}.
 */
public record ServiceForm(String offered, String mode, String link, String summary, String info, boolean pinned,
                          String targetDays, List<Reply> replies, DispatchForm dispatch, FeesForm fees, int revision) {

    /** The blank rows under the replies, for adding one without script. */
    static final int BLANK_REPLIES = 1;

    public record Reply(int index, String name, String text, String status) {

        public String id() {
            return "replies-" + index;
        }

        public String nameId() {
            return id() + "-name";
        }

        public String textId() {
            return id() + "-text";
        }

        public String statusId() {
            return id() + "-status";
        }

        /** The status chosen, "" for none (the select's first option). */
        public String chosenStatus() {
            return status == null ? "" : status;
        }

        public String removeId() {
            return id() + "-remove";
        }

        boolean blank() {
            return Text.blankToNull(name) == null && Text.blankToNull(text) == null && Text.blankToNull(status) == null;
        }
    }

    /** The settings as the page shows them first: the draft if there is one, else what residents see. */
    static ServiceForm of(ServiceSettings settings, int revision) {
        List<Reply> replies = new ArrayList<>();
        for (PortalDefinition.Response response : settings.responses() == null ? List.<PortalDefinition.Response>of()
                : settings.responses()) {
            replies.add(new Reply(replies.size(), response.name(), response.text(), response.status()));
        }
        return new ServiceForm(Boolean.FALSE.equals(settings.offered()) ? "no" : "yes", settings.mode(),
                settings.link(), settings.summary(), settings.info(), Boolean.TRUE.equals(settings.pinned()),
                settings.targetDays() == null ? null : settings.targetDays().toString(), replies,
                DispatchForm.of(settings.dispatch()), FeesForm.of(settings.payment()), revision)
                .withBlankReplies(BLANK_REPLIES);
    }

    /** The posted page; {@code payment} is the one it was opened on, whose fees' amounts it may change. */
    static ServiceForm posted(MultivaluedMap<String, String> posted, PaymentSettings payment) {
        List<Reply> replies = new ArrayList<>();
        for (int index = 0; posted.containsKey("replies-" + index + "-name"); index++) {
            if (posted.containsKey("replies-" + index + "-remove")) {
                continue;
            }
            replies.add(new Reply(index, posted.getFirst("replies-" + index + "-name"),
                    posted.getFirst("replies-" + index + "-text"), posted.getFirst("replies-" + index + "-status")));
        }
        return new ServiceForm(posted.getFirst("offered"), posted.getFirst("mode"), posted.getFirst("link"),
                posted.getFirst("summary"), posted.getFirst("info"), posted.containsKey("pinned"),
                posted.getFirst("targetDays"), replies, DispatchForm.posted(posted),
                FeesForm.posted(posted, payment), revisionOf(posted.getFirst("revision")));
    }

    /** The same input with the filled-in replies renumbered and this many blank rows after them. */
    ServiceForm withBlankReplies(int blanks) {
        List<Reply> rows = new ArrayList<>();
        for (Reply reply : replies) {
            if (!reply.blank()) {
                rows.add(new Reply(rows.size(), reply.name(), reply.text(), reply.status()));
            }
        }
        for (int i = 0; i < blanks; i++) {
            rows.add(new Reply(rows.size(), null, null, null));
        }
        return new ServiceForm(offered, mode, link, summary, info, pinned, targetDays, rows, dispatch, fees, revision);
    }

    /** The same input, blank rows and all, with one more blank reply row ("Add another reply"). */
    ServiceForm withAnotherReply() {
        List<Reply> rows = new ArrayList<>();
        for (Reply reply : replies) {
            rows.add(new Reply(rows.size(), reply.name(), reply.text(), reply.status()));
        }
        rows.add(new Reply(rows.size(), null, null, null));
        return new ServiceForm(offered, mode, link, summary, info, pinned, targetDays, rows, dispatch, fees, revision);
    }

    /** What cannot even be read as settings (the target is not a number, a fee is not pounds and pence), by field. */
    List<ApiError.FieldError> unreadable() {
        List<ApiError.FieldError> problems = new ArrayList<>();
        if (targetDays() != null && Text.blankToNull(targetDays) != null && parsedTargetDays().isEmpty()) {
            problems.add(new ApiError.FieldError("targetDays", "Enter the target as a whole number of working days, like 10"));
        }
        if (Text.blankToNull(offered) != null && !"yes".equals(offered) && !"no".equals(offered)) {
            problems.add(new ApiError.FieldError("offered", "Choose yes or no"));
        }
        problems.addAll(fees.unreadable());
        return problems;
    }

    /**
     * The input as settings, keeping the form's questions (the form builder changes those, not this page) and the
     * payment's fees and questions (the API's or services.yaml's), with the amounts typed here.
     */
    ServiceSettings toSettings(ServiceSettings.FormSettings form) {
        List<PortalDefinition.Response> responses = replies.stream().filter(reply -> !reply.blank())
                .map(reply -> new PortalDefinition.Response(Text.blankToNull(reply.name()),
                        Text.blankToNull(reply.text()), Text.blankToNull(reply.status())))
                .toList();
        return new ServiceSettings(!"no".equals(offered), Text.blankToNull(mode), Text.blankToNull(link),
                Text.blankToNull(summary), Text.blankToNull(info), pinned, parsedTargetDays().orElse(null), responses,
                form, dispatch.toDispatch(), fees.toPayment());
    }

    private Optional<Integer> parsedTargetDays() {
        String days = Text.blankToNull(targetDays);
        if (days == null || !days.strip().matches("\\d{1,4}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(days.strip()));
    }

    private static int revisionOf(String posted) {
        return posted != null && posted.matches("\\d{1,9}") ? Integer.parseInt(posted) : 0;
    }
}
