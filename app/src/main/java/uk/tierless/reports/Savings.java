package uk.tierless.reports;

/**
 * The two estimates of what the front door saves, with the arithmetic shown; money in pence.
 * <ul>
 * <li>Calls avoided: {@code callsAvoided} = {@code visits} × the model's avoided-call share (rounded to whole
 * calls), {@code callsAvoidedValue} = {@code callsAvoided} × the telephone cost.</li>
 * <li>Channel mix: {@code allByPhoneCost} = {@code requests} × the telephone cost, {@code actualMixCost} =
 * online × online cost + phone × telephone cost + face to face × face-to-face cost, {@code channelMixSaving} = the
 * first less the second.</li>
 * </ul>
 * A figure is null where what it is made from is (suppressed, or use hidden).
 */
public record Savings(CostModel model, Long visits, Long callsAvoided, Long callsAvoidedValue, Long requests,
                      Long online, Long phone, Long faceToFace, Long allByPhoneCost, Long actualMixCost,
                      Long channelMixSaving) {

    static Savings of(CostModel model, Figures totals) {
        Long visits = totals.visits();
        Long callsAvoided = visits == null ? null : Math.round(visits * model.avoidedCallPercent() / 100.0);
        Long callsAvoidedValue = callsAvoided == null ? null : callsAvoided * model.phonePence();
        Long online = totals.online();
        Long phone = totals.phone();
        Long faceToFace = totals.faceToFace();
        Long requests = online == null || phone == null || faceToFace == null ? null : online + phone + faceToFace;
        Long allByPhone = requests == null ? null : requests * model.phonePence();
        Long actualMix = requests == null ? null
                : online * model.onlinePence() + phone * model.phonePence() + faceToFace * model.faceToFacePence();
        return new Savings(model, visits, callsAvoided, callsAvoidedValue, requests, online, phone, faceToFace,
                allByPhone, actualMix, requests == null ? null : allByPhone - actualMix);
    }
}
