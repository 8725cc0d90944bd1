package uk.tierless.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.forms.Question;
import uk.tierless.publishing.ServiceConfiguration;
import uk.tierless.publishing.ServiceConfigurations;
import uk.tierless.publishing.ServiceDrafts;
import uk.tierless.publishing.ServiceSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A service's form as the form builder edits it: the draft's questions, or the published ones until the first
 * change copies them into a new draft. Every change is saved as a draft with the revision the page was read at, so
 * a change made by someone else since is refused ({@link ServiceDrafts#save}).
 */
@ApplicationScoped
public class FormDrafts {

    @Inject
    ServiceConfigurations configurations;

    @Inject
    ServiceDrafts drafts;

    /** The form being edited: what the draft says, or what residents see when there is no draft. */
    public record EditedForm(ServiceConfiguration service, ServiceSettings settings, List<Question> questions) {

        public boolean formMode() {
            return "form".equals(settings.mode()) && !Boolean.FALSE.equals(settings.offered());
        }

        public int revision() {
            return service.revision();
        }

        public Question question(String id) {
            return questions.stream().filter(question -> question.id().equals(id)).findFirst().orElse(null);
        }
    }

    public EditedForm of(String council, String service) {
        ServiceConfiguration configuration = configurations.of(council, service);
        ServiceSettings settings = configuration.draft() != null ? configuration.draft().settings() : configuration.settings();
        List<Question> questions = settings.form() == null || settings.form().questions() == null ? List.of()
                : settings.form().questions();
        return new EditedForm(configuration, settings, questions);
    }

    /** Saves the draft with the questions changed as {@code change} says, as the revision read. */
    public void change(String council, String service, int revision, UnaryOperator<List<Question>> change, String actor) {
        EditedForm form = of(council, service);
        List<Question> questions = change.apply(new ArrayList<>(form.questions()));
        ServiceSettings base = form.settings();
        ServiceSettings changed = new ServiceSettings(base.offered(), base.mode(), base.link(), base.summary(), base.info(),
                base.pinned(), base.targetDays(), base.responses(), new ServiceSettings.FormSettings(null, questions),
                base.dispatch(), base.payment());
        drafts.save(council, service, changed, revision, actor);
    }
}
