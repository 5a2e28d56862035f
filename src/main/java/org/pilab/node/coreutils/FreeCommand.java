package org.pilab.node.coreutils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.pilab.node.Host;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.Invocation;

/**
 * procps-ng 4.0.2 {@code free}: KiB by default; {@code -b -k -m -g --tera --peta} (and their
 * {@code --kibi}-style names) pick a binary unit, {@code --kilo --mega --giga ...} the decimal
 * one, {@code -h} picks the shortest readable one per number ({@code --si} with powers of
 * 1000), {@code -w} splits buffers from cache and {@code -t} adds a Total line. Numbers are
 * truncated, not rounded, as procps does; the columns are 12 wide after an 8-wide label.
 */
public final class FreeCommand implements Command {

    /** How to print sizes: exponent 0 = default KiB, 1 = bytes, 2 = K, 3 = M ... */
    private record Scale(int exponent, boolean si, boolean human) {
    }

    @Override
    public int run(Invocation inv) {
        int exponent = 0;
        boolean si = false;
        boolean human = false;
        boolean wide = false;
        boolean total = false;
        for (String a : shortOptionsApart(inv.args())) {
            switch (a) {
                case "-b", "--bytes" -> exponent = 1;
                case "-k", "--kibi" -> exponent = 2;
                case "-m", "--mebi" -> exponent = 3;
                case "-g", "--gibi" -> exponent = 4;
                case "--tebi" -> exponent = 5;
                case "--pebi" -> exponent = 6;
                case "--kilo" -> { exponent = 2; si = true; }
                case "--mega" -> { exponent = 3; si = true; }
                case "--giga" -> { exponent = 4; si = true; }
                case "--tera" -> { exponent = 5; si = true; }
                case "--peta" -> { exponent = 6; si = true; }
                case "--si" -> si = true;
                case "-h", "--human" -> human = true;
                case "-w", "--wide" -> wide = true;
                case "-t", "--total" -> total = true;
                default -> {
                    return usage(inv, a);
                }
            }
        }
        Scale scale = new Scale(exponent, si, human);
        Memory m = Memory.of(inv.host());
        if (wide) {
            inv.out().println("               total        used        free      shared     buffers       cache   available");
        } else {
            inv.out().println("               total        used        free      shared  buff/cache   available");
        }
        List<Long> mem = new ArrayList<>(List.of(m.totalKb(), m.usedKb(), m.freeKb(), m.sharedKb()));
        if (wide) {
            mem.add(m.buffersKb());
            mem.add(m.cacheKb());
        } else {
            mem.add(m.buffersKb() + m.cacheKb());
        }
        mem.add(m.availableKb());
        inv.out().println(row("Mem:", mem, scale));
        inv.out().println(row("Swap:", List.of(m.swapKb(), 0L, m.swapKb()), scale));
        if (total) {
            inv.out().println(row("Total:", List.of(m.totalKb() + m.swapKb(), m.usedKb(), m.freeKb() + m.swapKb()), scale));
        }
        return 0;
    }

    /** {@code -ht} is {@code -h -t}, as getopt reads a group of short options. */
    private static List<String> shortOptionsApart(List<String> args) {
        List<String> apart = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("-") && !a.startsWith("--") && a.length() > 2) {
                a.chars().skip(1).forEach(c -> apart.add("-" + (char) c));
            } else {
                apart.add(a);
            }
        }
        return apart;
    }

    private static int usage(Invocation inv, String bad) {
        inv.err().println(bad.startsWith("--") ? "free: unrecognized option '" + bad + "'"
                : "free: invalid option -- '" + (bad.length() > 1 ? bad.substring(1, 2) : bad) + "'");
        inv.err().println();
        inv.err().println("Usage:");
        inv.err().println(" free [options]");
        return 1;
    }

    private static String row(String label, List<Long> kib, Scale scale) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-8s", label));
        for (long v : kib) {
            sb.append(String.format(Locale.ROOT, "%12s", format(v, scale)));
        }
        return sb.toString();
    }

    /** procps' scale_size: a size given in KiB, printed in the chosen unit. */
    static String format(long kib, Scale scale) {
        double base = scale.si() ? 1000.0 : 1024.0;
        long bytes = kib * 1024L;
        if (!scale.human()) {
            return switch (scale.exponent()) {
                case 0 -> Long.toString((long) (bytes / base));
                case 1 -> Long.toString(bytes);
                default -> Long.toString((long) (bytes / Math.pow(base, scale.exponent() - 1)));
            };
        }
        String plain = bytes + "B";
        if (plain.length() <= 4) {
            return plain;
        }
        String units = "KMGTP";
        // procps tries "1.5Gi" then "15Gi" at each unit and takes the first that fits the width
        int width = scale.si() ? 4 : 5;
        String suffix = scale.si() ? "" : "i";
        for (int i = 0; i < units.length(); i++) {
            double v = bytes / Math.pow(base, i + 1);
            String one = String.format(Locale.ROOT, "%.1f%c%s", (float) v, units.charAt(i), suffix);
            if (one.length() <= width) {
                return one;
            }
            String whole = (long) v + "" + units.charAt(i) + suffix;
            if (whole.length() <= width) {
                return whole;
            }
        }
        return plain;
    }

    /** The host's memory picture in KiB, from its board's RAM and its running services. */
    private record Memory(long totalKb, long usedKb, long freeKb, long sharedKb, long buffersKb, long cacheKb,
            long availableKb, long swapKb) {

        static Memory of(Host h) {
            long total = h.hardware().memoryMb() * 1024L;
            long used = Math.round(total * 0.058) + h.services().units().stream()
                    .filter(u -> h.services().isActive(u.name())).count() * 2048;
            long shared = 5 * 1024 + 128;
            long cache = Math.round(total * 0.07);
            // the kernel's buffers are a small slice of what free's buff/cache column sums
            long buffers = Math.round(cache * 0.12);
            long free = total - used - cache;
            long available = total - used - shared;
            long swap = h.hardware().isRaspberryPi() ? 512 * 1024 - 4 : 2 * 1024 * 1024;
            return new Memory(total, used, free, shared, buffers, cache - buffers, available, swap);
        }
    }
}
