package uk.tierless.appointments;

/** A register office as the API and pages show it; {@code id} is the office's code ("stafford"). */
public record OfficeView(String id, String name, String address, String openingTimes) {
}
