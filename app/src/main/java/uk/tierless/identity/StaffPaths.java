package uk.tierless.identity;

/** The addresses of the staff pages, shared by the resource, the tenant resolver and the configuration. */
public final class StaffPaths {

    public static final String HOME = "/staff";
    /** The work queue (casework's page), where council staff land after signing in. */
    public static final String QUEUE = "/staff/requests";
    /** The service forms, which recognise a signed-in member of staff (docs/work-queue.md, Callers and visitors). */
    public static final String FORMS = "/form";
    /** The partnership board's reports (package reports), where board members land after signing in. */
    public static final String BOARD = "/board";
    /** A council's reconciliation (payments' page), where finance staff land after signing in. */
    public static final String PAYMENTS = "/staff/payments";
    public static final String LOGIN = "/staff/login";
    /** The form that signs out (CSRF-protected), which hands over to the OIDC logout below. */
    public static final String SIGN_OUT = "/staff/sign-out";
    /** Quarkus OIDC ends the session and goes to the provider's end-session endpoint when this is requested. */
    public static final String SIGN_OUT_CALLBACK = "/staff/logout";
    public static final String SIGNED_OUT = "/signed-out";
    /** Which council's provider signs this browser in; set by {@link #LOGIN}. */
    public static final String COUNCIL_COOKIE = "tierless_staff_council";

    private StaffPaths() {
    }
}
