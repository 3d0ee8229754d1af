package io.postmortems.core.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The key instants of an incident; each carries an explicit UTC offset. Any may be unknown (null). */
public class IncidentTimes extends Extensible {
    private OffsetDateTime started;
    private OffsetDateTime detected;
    private OffsetDateTime firstUserImpact;
    private OffsetDateTime firstUserReport;
    private OffsetDateTime acknowledged;
    private OffsetDateTime mitigated;
    private OffsetDateTime hotfix;
    private OffsetDateTime resolved;
    private List<NamedTime> custom = new ArrayList<>();

    public OffsetDateTime getStarted() { return started; }
    public void setStarted(OffsetDateTime started) { this.started = started; }
    public OffsetDateTime getDetected() { return detected; }
    public void setDetected(OffsetDateTime detected) { this.detected = detected; }
    public OffsetDateTime getFirstUserImpact() { return firstUserImpact; }
    public void setFirstUserImpact(OffsetDateTime firstUserImpact) { this.firstUserImpact = firstUserImpact; }
    public OffsetDateTime getFirstUserReport() { return firstUserReport; }
    public void setFirstUserReport(OffsetDateTime firstUserReport) { this.firstUserReport = firstUserReport; }
    public OffsetDateTime getAcknowledged() { return acknowledged; }
    public void setAcknowledged(OffsetDateTime acknowledged) { this.acknowledged = acknowledged; }
    public OffsetDateTime getMitigated() { return mitigated; }
    public void setMitigated(OffsetDateTime mitigated) { this.mitigated = mitigated; }
    public OffsetDateTime getHotfix() { return hotfix; }
    public void setHotfix(OffsetDateTime hotfix) { this.hotfix = hotfix; }
    public OffsetDateTime getResolved() { return resolved; }
    public void setResolved(OffsetDateTime resolved) { this.resolved = resolved; }
    public List<NamedTime> getCustom() { return custom; }
    public void setCustom(List<NamedTime> custom) { this.custom = Lists.orEmpty(custom); }
}
