package uk.tierless.platform;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * The council a resident's page is about, said by the feature that renders it (the request a tracking link opens,
 * the council whose classes are listed), so that the portal's header is that council's partnership's and not the
 * host's. Features that cannot depend on the portal say it here; the portal's masthead reads it.
 */
@RequestScoped
public class PageAbout {

    private String council;

    public void council(String slug) {
        council = slug;
    }

    public Optional<String> council() {
        return Optional.ofNullable(council);
    }
}
