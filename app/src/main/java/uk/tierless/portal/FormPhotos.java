package uk.tierless.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import uk.tierless.api.ApiError;
import uk.tierless.forms.Question;
import uk.tierless.forms.QuestionType;
import uk.tierless.photos.PhotoRefusedException;
import uk.tierless.photos.Photos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Photos on the form's pages: a page with a photo question posts as multipart; the photo is cleaned and stored when
 * its page is posted, and travels on through the later pages as its id.
 */
@ApplicationScoped
public class FormPhotos {

    @Inject
    Photos photos;

    /** The files chosen on the page, by field name (an empty file input is no file). */
    static Map<String, FormValue> uploads(MultipartFormDataInput posted) {
        Map<String, FormValue> uploads = new LinkedHashMap<>();
        posted.getValues().forEach((name, values) -> values.stream()
                .filter(value -> value.isFileItem() && size(value) > 0).forEach(value -> uploads.put(name, value)));
        return uploads;
    }

    /** The page's text fields: the answers so far, as a form post without files has them. */
    static Map<String, List<String>> textFields(MultipartFormDataInput posted) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        posted.getValues().forEach((name, values) -> values.stream().filter(value -> !value.isFileItem())
                .forEach(value -> fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value.getValue())));
        return fields;
    }

    /** Stores each photo uploaded on this page and puts its id in the fields, or says why it was refused. */
    List<ApiError.FieldError> store(List<Question> questions, Map<String, List<String>> fields,
                                    Map<String, FormValue> uploads) {
        List<ApiError.FieldError> errors = new ArrayList<>();
        for (Question question : questions) {
            FormValue upload = uploads.get(question.id());
            if (question.type() != QuestionType.PHOTO || upload == null) {
                continue;
            }
            if (size(upload) > Photos.MAX_BYTES) {
                errors.add(new ApiError.FieldError(question.id(), Photos.TOO_LARGE));
                continue;
            }
            try (InputStream content = upload.getFileItem().getInputStream()) {
                fields.put(question.id(), List.of(photos.store(content).id()));
                fields.remove(question.id() + FormSteps.REMOVE);
            } catch (PhotoRefusedException e) {
                errors.add(new ApiError.FieldError(question.id(), e.getMessage()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return errors;
    }

    private static long size(FormValue upload) {
        try {
            return upload.getFileItem().getFileSize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
