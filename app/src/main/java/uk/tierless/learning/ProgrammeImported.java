package uk.tierless.learning;

import java.util.List;

/** What an import of a term's programme did; rejected rows by line (the header is line 1). */
public record ProgrammeImported(long rows, int coursesAdded, int coursesUpdated, int classesAdded, int classesUpdated,
                                List<Rejected> rejected) {

    public record Rejected(long line, String reason) {
    }
}
