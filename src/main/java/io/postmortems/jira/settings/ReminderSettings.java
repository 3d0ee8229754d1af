package io.postmortems.jira.settings;

/**
 * How countermeasure reminders go out (administered on the settings page). A missing value reads as its default, so
 * settings stored before reminders existed load with reminders on and these defaults.
 *
 * @param enabled        whether the daily reminder job sends anything
 * @param hour           hour of the day (0-23, Jira's default time zone) the job runs, default {@value #DEFAULT_HOUR}
 * @param soonDueDays    countermeasures due within this many days are in the owner's digest, default
 *                       {@value #DEFAULT_SOON_DUE_DAYS}
 * @param escalationDays after this many days overdue the post-mortem's owner and the lead are told, default
 *                       {@value #DEFAULT_ESCALATION_DAYS}
 * @param leadUser       user name of the lead told of every escalation; blank for none
 */
public record ReminderSettings(Boolean enabled, Integer hour, Integer soonDueDays, Integer escalationDays,
                               String leadUser) {
    public static final int DEFAULT_HOUR = 9;
    public static final int DEFAULT_SOON_DUE_DAYS = 3;
    public static final int DEFAULT_ESCALATION_DAYS = 7;

    public ReminderSettings {
        enabled = enabled == null ? Boolean.TRUE : enabled;
        hour = hour == null ? DEFAULT_HOUR : hour;
        soonDueDays = soonDueDays == null ? DEFAULT_SOON_DUE_DAYS : soonDueDays;
        escalationDays = escalationDays == null ? DEFAULT_ESCALATION_DAYS : escalationDays;
        leadUser = leadUser == null || leadUser.isBlank() ? null : leadUser.strip();
    }

    public static ReminderSettings defaults() {
        return new ReminderSettings(true, DEFAULT_HOUR, DEFAULT_SOON_DUE_DAYS, DEFAULT_ESCALATION_DAYS, null);
    }
}
