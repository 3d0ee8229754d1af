package io.postmortems.publishing.confluence;

import java.util.Objects;
import java.util.Optional;

/**
 * A page read together with one of its content properties.
 *
 * @param page     the page
 * @param property the content property, or empty if the page has none with the requested key
 */
public record PageWithProperty(ContentPage page, Optional<ContentProperty> property) {
    public PageWithProperty {
        Objects.requireNonNull(page, "page");
        property = property == null ? Optional.empty() : property;
    }
}
