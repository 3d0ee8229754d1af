package io.postmortems.core.model;

/** Text kept under its own heading because it fits no section of the document (e.g. from a Markdown import). */
public class Note extends Extensible {
    private String heading;
    private String text;

    public Note() {
    }

    public Note(String heading, String text) {
        this.heading = heading;
        this.text = text;
    }

    public String getHeading() { return heading; }
    public void setHeading(String heading) { this.heading = heading; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
