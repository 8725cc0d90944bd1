package uk.tierless.reports;

import java.time.Instant;

/**
 * What a contact costs by channel, in pence, and the share of visits taken to avoid a telephone call: the
 * assumptions of a report's savings. {@code setBy} says where it comes from: {@code default} (the case studies'
 * figures, {@code source} naming them), {@code file} (the partnership's file) or {@code board} (changed by the
 * board: {@code changedBy} and {@code changedAt} say who and when).
 */
public record CostModel(int faceToFacePence, int phonePence, int onlinePence, int avoidedCallPercent, String source,
                        String setBy, String changedBy, Instant changedAt) {

    public static final String DEFAULT = "default";
    public static final String FILE = "file";
    public static final String BOARD = "board";

    /** The case studies' figures, for a partnership whose file names none. */
    public static final CostModel CASE_STUDIES = new CostModel(1016, 283, 20, 20,
            "Face to face £10.16 and online £0.20 a contact: Kable's analysis, quoted in Worcestershire's case study."
                    + " Telephone £2.83 a call, and 20% of sessions avoiding a call: Staffordshire County Council,"
                    + " MyStaffsApp case study.",
            DEFAULT, null, null);
}
