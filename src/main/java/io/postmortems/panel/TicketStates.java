package io.postmortems.panel;

import java.util.Map;
import java.util.Optional;

/**
 * What the host could find out about the countermeasure tickets: their states (tickets the viewer may not see are
 * simply absent), that the lookup failed just now, or that there is no host to ask (the offline preview).
 */
public final class TicketStates {
    /** Where the states came from. */
    public enum Source {
        /** Looked up in Jira as the viewer. */
        LOOKED_UP,
        /** The lookup failed; the panel says so instead of showing stale states. */
        UNAVAILABLE,
        /** No Jira to ask (command-line preview): tickets show "status unknown", without a warning. */
        OFFLINE
    }

    private static final TicketStates UNAVAILABLE = new TicketStates(Source.UNAVAILABLE, Map.of());
    private static final TicketStates OFFLINE = new TicketStates(Source.OFFLINE, Map.of());

    private final Source source;
    private final Map<String, TicketState> byKey;

    private TicketStates(Source source, Map<String, TicketState> byKey) {
        this.source = source;
        this.byKey = Map.copyOf(byKey);
    }

    public static TicketStates lookedUp(Map<String, TicketState> byKey) {
        return new TicketStates(Source.LOOKED_UP, byKey);
    }

    public static TicketStates unavailable() {
        return UNAVAILABLE;
    }

    public static TicketStates offline() {
        return OFFLINE;
    }

    public Source source() {
        return source;
    }

    public Optional<TicketState> of(String issueKey) {
        return issueKey == null ? Optional.empty() : Optional.ofNullable(byKey.get(issueKey));
    }
}
