package org.pilab.slurm.hostlist;

/**
 * A host name split as SLURM's hostlist code splits it: a prefix and, if the name ends in
 * digits, that number and the count of digits it was written with (so {@code pi01} keeps its
 * zero padding). Names without trailing digits have {@code number == -1}.
 */
record HostName(String full, String prefix, long number, int width) {

    static HostName parse(String name) {
        int end = name.length();
        int start = end;
        while (start > 0 && Character.isDigit(name.charAt(start - 1))) {
            start--;
        }
        // Numbers longer than 18 digits would overflow; treat such names as plain names.
        if (start == end || end - start > 18) {
            return new HostName(name, name, -1, 0);
        }
        return new HostName(name, name.substring(0, start),
                Long.parseLong(name.substring(start)), end - start);
    }

    boolean numbered() {
        return number >= 0;
    }
}
