package org.pilab.node.service;

/**
 * systemd service types that matter here: a {@code simple} unit is "started" as soon as the
 * process is forked (so a daemon that dies a moment later still gives {@code systemctl start}
 * exit 0), a {@code forking} one only when the daemon has detached (so a failure is reported
 * by {@code systemctl start} itself).
 */
public enum UnitType { SIMPLE, FORKING, NOTIFY, ONESHOT }
