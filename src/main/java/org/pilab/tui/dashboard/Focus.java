package org.pilab.tui.dashboard;

/** Which panel the scroll keys move. */
public enum Focus { QUEUE, NODES }
