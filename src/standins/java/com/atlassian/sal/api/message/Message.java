// Stand-in. Source: sal-api, com/atlassian/sal/api/message/Message.java (https://docs.atlassian.com/sal-api/ , package com.atlassian.sal.api.message); no member is called
package com.atlassian.sal.api.message;

public interface Message {
}
