package uk.tierless.learning;

/** One course's demand in one term: registrations (places taken), waiting (left on the waiting list), capacity (places offered). */
public record CourseDemand(String course, String term, int registrations, int waiting, int capacity) {
}
