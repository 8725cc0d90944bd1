package uk.tierless.payments.govukpay;

import jakarta.enterprise.context.ApplicationScoped;
import uk.tierless.tenancy.CouncilFileSection;

import java.util.Map;
import java.util.Optional;

/**
 * Payments' section of a council's files: {@code govukPay} in tenant.yaml. Checks that it names the variable holding
 * the API key, and answers which councils take payments through GOV.UK Pay.
 */
@ApplicationScoped
public class GovUkPayAccounts implements CouncilFileSection<GovUkPayAccount> {

    private volatile Map<String, GovUkPayAccount> byCouncil = Map.of();

    @Override
    public String name() {
        return "govukPay";
    }

    @Override
    public Class<GovUkPayAccount> type() {
        return GovUkPayAccount.class;
    }

    @Override
    public GovUkPayAccount check(String council, GovUkPayAccount account, Problems problems) {
        problems.matches(council, "govukPay.apiKeyEnv", account.apiKeyEnv(), ENV_NAME,
                "the name of the environment variable holding the GOV.UK Pay API key, such as WORCESTERSHIRE_PAY_API_KEY");
        return account;
    }

    @Override
    public void use(Map<String, GovUkPayAccount> sections) {
        byCouncil = sections;
    }

    /** The council's GOV.UK Pay account, if it has one. */
    public Optional<GovUkPayAccount> of(String council) {
        return Optional.ofNullable(byCouncil.get(council));
    }
}
