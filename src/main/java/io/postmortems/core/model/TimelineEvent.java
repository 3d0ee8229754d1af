package io.postmortems.core.model;

import java.time.OffsetDateTime;

/** One entry of "what happened". {@code id} is stable so REST edits can address it. */
public class TimelineEvent extends Extensible {
    private String id;
    private OffsetDateTime at;
    private String text;
    private EventKind kind = EventKind.OBSERVATION;
    private String evidenceUrl;
    private String author;

    public TimelineEvent() {
    }

    public TimelineEvent(String id, OffsetDateTime at, String text, EventKind kind) {
        this.id = id;
        this.at = at;
        this.text = text;
        this.kind = kind;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public OffsetDateTime getAt() { return at; }
    public void setAt(OffsetDateTime at) { this.at = at; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public EventKind getKind() { return kind; }
    public void setKind(EventKind kind) { this.kind = kind; }
    public String getEvidenceUrl() { return evidenceUrl; }
    public void setEvidenceUrl(String evidenceUrl) { this.evidenceUrl = evidenceUrl; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
}
