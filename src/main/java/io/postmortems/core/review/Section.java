package io.postmortems.core.review;

/** A part of the write-up that can be made required, per severity. */
public enum Section {
    SUMMARY, IMPACT, KEY_TIMES, TIMELINE, INVESTIGATION, ROOT_CAUSE, FIVE_WHYS, CONTRIBUTING_FACTORS, RESOLUTION,
    WENT_WELL, WENT_WRONG, LESSONS_LEARNED, COUNTERMEASURES, MEETING
}
