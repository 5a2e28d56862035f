/** munged (key checks at start), credentials bound to a key and a time window, and munge/unmunge/mungekey. */
package org.pilab.node.munge;
