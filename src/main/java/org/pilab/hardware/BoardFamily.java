package org.pilab.hardware;

/** Board generations, for accessories that fit only some (a PoE+ HAT does not fit a Pi 5). */
public enum BoardFamily {
    PI3,
    PI4,
    PI5,
    ZERO2
}
