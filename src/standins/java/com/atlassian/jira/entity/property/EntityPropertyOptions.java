// Stand-in. Source: jira-api, com/atlassian/jira/entity/property/EntityPropertyOptions.java (since 6.3: defaults(), Builder().skipPermissionChecks().build()); bodies mirror that holder
package com.atlassian.jira.entity.property;

public class EntityPropertyOptions {
    private final boolean skipPermissionChecks;

    private EntityPropertyOptions(boolean skipPermissionChecks) {
        this.skipPermissionChecks = skipPermissionChecks;
    }

    public static EntityPropertyOptions defaults() {
        return new EntityPropertyOptions(false);
    }

    public boolean skipPermissionChecks() {
        return skipPermissionChecks;
    }

    public static class Builder {
        private boolean skip;

        public Builder skipPermissionChecks() {
            this.skip = true;
            return this;
        }

        public EntityPropertyOptions build() {
            return new EntityPropertyOptions(skip);
        }
    }
}
