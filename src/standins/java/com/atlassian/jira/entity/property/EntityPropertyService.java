// Stand-in. Source: jira-api, com/atlassian/jira/entity/property/EntityPropertyService.java (@ExperimentalApi since 6.2; PropertyInput(String value, String key) - value first; result classes extend ServiceResultImpl); only members called here
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
