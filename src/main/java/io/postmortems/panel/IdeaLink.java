package io.postmortems.panel;

/** A post-mortem an idea was raised in, as the panel links it; {@code current} for the one the panel shows. */
public final class IdeaLink {
    private final String keyHtml;
    private final boolean current;

    IdeaLink(String key, boolean current) {
        this.keyHtml = Html.escape(key);
        this.current = current;
    }

    public String getKeyHtml() { return keyHtml; }
    public boolean isCurrent() { return current; }
}
