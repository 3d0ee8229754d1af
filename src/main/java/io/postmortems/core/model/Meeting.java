package io.postmortems.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The review meeting and the people behind the write-up. */
public class Meeting extends Extensible {
    private LocalDate reviewDate;
    private String contact;
    private String createdBy;
    private String facilitatedBy;
    private List<String> participants = new ArrayList<>();

    public LocalDate getReviewDate() { return reviewDate; }
    public void setReviewDate(LocalDate reviewDate) { this.reviewDate = reviewDate; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public String getFacilitatedBy() { return facilitatedBy; }
    public void setFacilitatedBy(String facilitatedBy) { this.facilitatedBy = facilitatedBy; }
    public List<String> getParticipants() { return participants; }
    public void setParticipants(List<String> participants) { this.participants = Lists.orEmpty(participants); }
}
