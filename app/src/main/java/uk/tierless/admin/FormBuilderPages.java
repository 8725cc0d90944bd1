package uk.tierless.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiError.FieldError;
import uk.tierless.api.ApiException;
import uk.tierless.forms.Question;
import uk.tierless.forms.QuestionType;
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;
import uk.tierless.platform.Text;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The form builder of a council's administrators: a service's questions listed, one added, edited, moved or removed.
 * Every change saves the service's draft ({@link FormDrafts}) with the revision the page was read at; a change by
 * someone else since is refused with their name and the time, and what was typed stays on the page. The pages use
 * fixed paths with the service in the query, because CSRF tokens are made for named paths only (application
 * properties); {@code /admin/services/{service}/form}, where the service page links, leads to them.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class FormBuilderPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance questions(FormDrafts.EditedForm form, List<QuestionRow> rows, List<TypeChoice> types,
                                                 List<FieldError> errors, String done);

        static native TemplateInstance question(FormDrafts.EditedForm form, EditedQuestion question,
                                                List<QuestionForm.OptionRow> options, List<QuestionForm.Condition> conditions,
                                                List<FieldError> errors, Map<String, String> errorByField);
    }

    /** One question in the list, with what the list may do to it. */
    public record QuestionRow(int number, String id, String label, String type, String condition, boolean required,
                              boolean first, boolean last) {
    }

    public record TypeChoice(String code, String name) {
    }

    @Inject
    Reach reach;

    @Inject
    FormDrafts forms;

    @GET
    @Path("/services/{service}/form")
    public Response start(@PathParam("service") String service) {
        return Response.seeOther(URI.create(listUrl(service, null))).build();
    }

    @GET
    @Path("/form")
    public TemplateInstance list(@QueryParam("service") String service, @QueryParam("done") String done) {
        Staff admin = reach.councilAdmin();
        return listPage(forms.of(admin.council(), service), List.of(), done);
    }

    /** A question's page: {@code id} to edit one, {@code type} for a new one. */
    @GET
    @Path("/form/question")
    public TemplateInstance question(@QueryParam("service") String service, @QueryParam("id") String id,
                                     @QueryParam("type") String type) {
        Staff admin = reach.councilAdmin();
        FormDrafts.EditedForm form = forms.of(admin.council(), service);
        if (id != null) {
            Question question = requireQuestion(form, id);
            return questionPage(form, question.id(), question.type(), form.revision(), QuestionForm.fieldsOf(question), List.of());
        }
        QuestionType newType = QuestionType.of(type)
                .orElseThrow(() -> ApiException.notFound("There is no question type '" + type + "'."));
        return questionPage(form, null, newType, form.revision(), Map.of(), List.of());
    }

    /** The question's page posted: saved into the draft, or the page again with what is wrong and what was typed. */
    @POST
    @Path("/form/question")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveQuestion(@QueryParam("service") String service, MultivaluedMap<String, String> posted) {
        Staff admin = reach.councilAdmin();
        FormDrafts.EditedForm form = forms.of(admin.council(), service);
        String originalId = Text.blankToNull(posted.getFirst("originalId"));
        Question original = originalId == null ? null : requireQuestion(form, originalId);
        QuestionType type = original != null ? original.type() : QuestionType.of(posted.getFirst("type"))
                .orElseThrow(() -> ApiException.notFound("There is no question type '" + posted.getFirst("type") + "'."));
        int revision = revision(posted);
        if (posted.containsKey("moreOptions")) {
            Map<String, List<String>> fields = new LinkedHashMap<>(posted);
            fields.put(QuestionForm.ROWS, List.of(String.valueOf(QuestionForm.optionRows(posted, Map.of()).size() + 3)));
            return Response.ok(questionPage(form, originalId, type, revision, fields, List.of())).build();
        }
        List<Question> others = form.questions().stream().filter(q -> !q.id().equals(originalId)).toList();
        QuestionForm.Parsed parsed = QuestionForm.parse(posted, type, original, others);
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        if (errors.isEmpty()) {
            try {
                forms.change(admin.council(), service, revision, questions -> {
                    int at = originalId == null ? -1 : questions.indexOf(original);
                    if (at < 0) {
                        questions.add(parsed.question());
                    } else {
                        questions.set(at, parsed.question());
                    }
                    return questions;
                }, admin.username());
                return done(service, originalId == null ? "added" : "saved");
            } catch (ApiException refused) {
                errors.addAll(DraftRefusals.onQuestion(refused, originalId == null ? form.questions().size()
                        : form.questions().indexOf(original)));
            }
        }
        return Response.status(errors.stream().anyMatch(e -> e.field().equals("revision")) ? 409 : 400)
                .entity(questionPage(form, originalId, type, revision, posted, errors)).build();
    }

    @POST
    @Path("/form/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@QueryParam("service") String service, MultivaluedMap<String, String> posted) {
        boolean up = "up".equals(posted.getFirst("direction"));
        return changeList(service, posted, "moved", questions -> {
            int at = indexOf(questions, posted.getFirst("id"));
            int to = up ? at - 1 : at + 1;
            if (to >= 0 && to < questions.size()) {
                questions.add(to, questions.remove(at));
            }
            return questions;
        });
    }

    @POST
    @Path("/form/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@QueryParam("service") String service, MultivaluedMap<String, String> posted) {
        return changeList(service, posted, "removed", questions -> {
            questions.remove(indexOf(questions, posted.getFirst("id")));
            return questions;
        });
    }

    private Response changeList(String service, MultivaluedMap<String, String> posted, String done,
                                UnaryOperator<List<Question>> change) {
        Staff admin = reach.councilAdmin();
        FormDrafts.EditedForm form = forms.of(admin.council(), service);
        requireQuestion(form, posted.getFirst("id"));
        try {
            forms.change(admin.council(), service, revision(posted), change, admin.username());
            return done(service, done);
        } catch (ApiException refused) {
            List<FieldError> errors = DraftRefusals.onList(refused);
            return Response.status(refused.status()).entity(listPage(form, errors, null)).build();
        }
    }

    private TemplateInstance listPage(FormDrafts.EditedForm form, List<FieldError> errors, String done) {
        List<Question> questions = form.questions();
        List<QuestionRow> rows = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            rows.add(new QuestionRow(i + 1, question.id(), question.label() == null ? "(no question yet)" : question.label(),
                    EditedQuestion.typeName(question.type()), condition(question, questions), question.isRequired(), i == 0,
                    i == questions.size() - 1));
        }
        List<TypeChoice> types = Arrays.stream(QuestionType.values()).map(t -> new TypeChoice(t.code(), EditedQuestion.typeName(t))).toList();
        return Templates.questions(form, rows, types, errors, done);
    }

    private TemplateInstance questionPage(FormDrafts.EditedForm form, String originalId, QuestionType type, int revision,
                                          Map<String, List<String>> fields, List<FieldError> errors) {
        Map<String, String> errorByField = errors.stream().collect(Collectors.toMap(FieldError::field,
                FieldError::message, (a, b) -> a, LinkedHashMap::new));
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, list) -> values.put(name, list.isEmpty() || list.get(0) == null ? "" : list.get(0)));
        int position = originalId == null ? form.questions().size() : indexOf(form.questions(), originalId);
        return Templates.question(form, new EditedQuestion(originalId, type, EditedQuestion.typeName(type), revision, values),
                QuestionForm.optionRows(fields, errorByField),
                QuestionForm.conditions(form.questions().subList(0, position), values.get(QuestionForm.SHOW_IF)),
                errors, errorByField);
    }

    /** "Only when “Is it on grass?” is “Yes”", for a conditional question. */
    private static String condition(Question question, List<Question> questions) {
        if (question.showIf() == null) {
            return null;
        }
        return QuestionForm.conditions(questions, question.showIf().question() + ":" + question.showIf().equals()).stream()
                .filter(QuestionForm.Condition::selected).map(QuestionForm.Condition::label).findFirst()
                .orElse("Only when " + question.showIf().question() + " is " + question.showIf().equals());
    }

    private static Question requireQuestion(FormDrafts.EditedForm form, String id) {
        Question question = id == null ? null : form.question(id);
        if (question == null) {
            throw ApiException.notFound("This form has no question '" + id + "': it may have been removed. Go back to the list.");
        }
        return question;
    }

    private static int indexOf(List<Question> questions, String id) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static int revision(MultivaluedMap<String, String> posted) {
        try {
            return Integer.parseInt(posted.getFirst("revision"));
        } catch (NumberFormatException e) {
            throw ApiException.invalid("The page is incomplete: reload it and make the change again.",
                    List.of(new FieldError("revision", "revision must be the number the page was read at")));
        }
    }

    private static Response done(String service, String what) {
        return Response.seeOther(URI.create(listUrl(service, what))).build();
    }

    private static String listUrl(String service, String done) {
        return "/admin/form?service=" + URLEncoder.encode(service, StandardCharsets.UTF_8) + (done == null ? "" : "&done=" + done);
    }

}
