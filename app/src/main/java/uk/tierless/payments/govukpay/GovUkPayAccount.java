package uk.tierless.payments.govukpay;

/**
 * A council takes payments through its own GOV.UK Pay account (the {@code govukPay} key of its tenant.yaml): the
 * account's API key is read from the environment variable {@code apiKeyEnv}, never written in the files.
 */
public record GovUkPayAccount(String apiKeyEnv) {
}
