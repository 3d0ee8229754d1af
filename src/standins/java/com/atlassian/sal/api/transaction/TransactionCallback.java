// Stand-in. Source: sal-api, com/atlassian/sal/api/transaction/TransactionCallback.java (https://docs.atlassian.com/sal-api/ , package com.atlassian.sal.api.transaction)
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {
    T doInTransaction();
}
