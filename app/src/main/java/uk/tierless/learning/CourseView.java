package uk.tierless.learning;

/** A council's adult-learning course, as the API, the pages and the forecast show it. */
public record CourseView(String code, String title, String subject, String description) {
}
