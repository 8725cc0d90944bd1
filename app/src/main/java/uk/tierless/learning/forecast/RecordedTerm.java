package uk.tierless.learning.forecast;

import uk.tierless.learning.Term;

/** A course's recorded demand in one term (course_term_demand); generated: the demo's made-up history. */
public record RecordedTerm(String course, Term term, int registrations, int waiting, int capacity, boolean generated) {

    /** Registrations and those left on the waiting list: everyone who wanted a place. */
    public int demand() {
        return registrations + waiting;
    }

    PastTerm past() {
        return new PastTerm(term.id(), term.season().name(), demand());
    }
}
