package io.postmortems.jira.service;

import com.atlassian.jira.issue.Issue;

/**
 * What Jira says about the people a countermeasure's owner names (a user name or key, as the document stores it):
 * whether they may be assigned its ticket, and the name people read. Implemented in the countermeasures package
 * (which knows how an owner names a user); declared here so the save can refuse an owner nobody could be assigned as,
 * before anything is stored, and the panel can show display names.
 */
public interface Owners {
    /** For callers (tests, tools) that hold no Jira users: every owner is accepted and shown as stored. */
    Owners UNCHECKED = new Owners() {
        @Override
        public boolean assignable(Issue postMortem, String owner) {
            return true;
        }

        @Override
        public String displayName(String owner) {
            return owner;
        }
    };

    /** {@code owner} (never blank) names an active user who may be assigned issues of {@code postMortem}'s project. */
    boolean assignable(Issue postMortem, String owner);

    /** The display name of the user {@code owner} names; {@code owner} itself when it names nobody. */
    String displayName(String owner);
}
