package org.pilab.node;

/**
 * One command line a learner ran anywhere on the network, for lesson checks ("did they run
 * exportfs -ra on the head node?").
 *
 * @param simMillis virtual time when it finished
 * @param hostId    the host's stable id
 * @param hostname  its hostname at the time
 * @param user      who ran it
 * @param line      the line as typed
 * @param status    its exit status
 */
public record CommandRecord(long simMillis, String hostId, String hostname, String user, String line, int status) {
}
