package io.postmortems.core.model;

import java.time.OffsetDateTime;

/** A user-defined incident time such as "rollback started". */
public class NamedTime extends Extensible {
    private String name;
    private OffsetDateTime at;

    public NamedTime() {
    }

    public NamedTime(String name, OffsetDateTime at) {
        this.name = name;
        this.at = at;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public OffsetDateTime getAt() { return at; }
    public void setAt(OffsetDateTime at) { this.at = at; }
}
