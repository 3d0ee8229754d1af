package io.postmortems.panel;

/** One timeline event, time in the viewer's zone. Escaped; the evidence link only when it is an http(s) URL. */
public final class TimelineRow {
    private final String idHtml;
    private final String anchorHtml;
    private final String atHtml;
    private final String kindHtml;
    private final String textHtml;
    private final String evidenceUrlHtml;

    TimelineRow(String id, String anchor, String at, String kind, String text, String evidenceUrl) {
        this.idHtml = Html.escape(id);
        this.anchorHtml = Html.escape(anchor);
        this.atHtml = Html.escape(at);
        this.kindHtml = Html.escape(kind);
        this.textHtml = Html.escape(text);
        this.evidenceUrlHtml = Html.link(evidenceUrl);
    }

    public String getIdHtml() { return idHtml; }
    public String getAnchorHtml() { return anchorHtml; }
    public String getAtHtml() { return atHtml; }
    public String getKindHtml() { return kindHtml; }
    public String getTextHtml() { return textHtml; }
    public String getEvidenceUrlHtml() { return evidenceUrlHtml; }
    public boolean isHasEvidence() { return !evidenceUrlHtml.isEmpty(); }
}
