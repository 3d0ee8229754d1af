// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/entity/property/EntityPropertyOptions.Builder.html (newest found: "public static class EntityPropertyOptions.Builder", public Builder(), Builder skipPermissionChecks(), EntityPropertyOptions build() confirmed); static defaults() and boolean skipPermissionChecks() on the outer class from jira-api source (since 6.3), UNCONFIRMED in 7.x+ pages; bodies mirror that holder
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
