// Stand-in. Source: jira-api javadoc https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/entity/property/EntityPropertyService.SetPropertyValidationResult.html (newest found: "@ExperimentalApi public static class EntityPropertyService.SetPropertyValidationResult extends ServiceResultImpl", public ctor (ErrorCollection, fugue Option<EntityPropertyInput>) not reproduced) and .../EntityPropertyService.PropertyServiceResult.html (abstract static class extends ServiceResultImpl; the real PropertyResult extends it, here it extends ServiceResultImpl directly - same inherited isValid()/getErrorCollection()); validateSetProperty(ApplicationUser, Long, PropertyInput, EntityPropertyOptions), setProperty(ApplicationUser, SetPropertyValidationResult) and PropertyInput(String value, String key) from jira-api source (since 6.2), UNCONFIRMED in 7.x+ pages; only members called here
package com.atlassian.jira.entity.property;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.user.ApplicationUser;

public interface EntityPropertyService<T> {
    SetPropertyValidationResult validateSetProperty(ApplicationUser user, Long entityId, PropertyInput propertyInput,
                                                    EntityPropertyOptions options);

    PropertyResult setProperty(ApplicationUser user, SetPropertyValidationResult propertyValidationResult);

    class PropertyInput {
        private final String value;
        private final String key;

        public PropertyInput(String value, String key) {
            if (value == null || key == null) {
                throw new NullPointerException("value and key are required");
            }
            this.value = value;
            this.key = key;
        }

        public String getPropertyValue() {
            return value;
        }

        public String getPropertyKey() {
            return key;
        }
    }

    class SetPropertyValidationResult extends ServiceResultImpl {
        SetPropertyValidationResult() {
            super(null);
        }
    }

    class PropertyResult extends ServiceResultImpl {
        PropertyResult() {
            super(null);
        }
    }
}
