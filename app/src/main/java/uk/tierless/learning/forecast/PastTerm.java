package uk.tierless.learning.forecast;

/**
 * One term of a course's history as the model reads it: the term's id ("2026-autumn"), its season (terms of one
 * season share it, "AUTUMN") and its demand, the registrations and those left on the waiting list.
 */
public record PastTerm(String term, String season, int demand) {
}
