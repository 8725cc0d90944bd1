package uk.tierless.reports;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A report's two savings estimates as the page writes them out, every assumption with its figure: calls avoided by
 * visits, and the actual channel mix against the same requests all by telephone ({@link Savings}).
 */
public record SavingsView(String visits, String avoidedCallPercent, String callsAvoided, String phoneCost,
                          String callsAvoidedValue, String requests, String allByPhoneCost, String online,
                          String onlineCost, String phone, String faceToFace, String faceToFaceCost,
                          String actualMixCost, String channelMixSaving, String source, String setBy) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    static SavingsView of(Savings savings) {
        CostModel model = savings.model();
        return new SavingsView(Shown.count(savings.visits()), model.avoidedCallPercent() + "%",
                Shown.count(savings.callsAvoided()), Shown.pounds((long) model.phonePence()),
                Shown.pounds(savings.callsAvoidedValue()), Shown.count(savings.requests()),
                Shown.pounds(savings.allByPhoneCost()), Shown.count(savings.online()),
                Shown.pounds((long) model.onlinePence()), Shown.count(savings.phone()),
                Shown.count(savings.faceToFace()), Shown.pounds((long) model.faceToFacePence()),
                Shown.pounds(savings.actualMixCost()), Shown.pounds(savings.channelMixSaving()), model.source(),
                setBy(model));
    }

    private static String setBy(CostModel model) {
        return switch (model.setBy()) {
            case CostModel.BOARD -> "Set by the board: changed by " + model.changedBy() + " on "
                    + WHEN.format(model.changedAt()) + ".";
            case CostModel.FILE -> "Set in the partnership's file.";
            default -> "The case studies' figures: the board has not set its own.";
        };
    }
}
