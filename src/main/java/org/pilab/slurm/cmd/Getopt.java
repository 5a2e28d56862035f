package org.pilab.slurm.cmd;

import java.util.ArrayList;
import java.util.List;

/**
 * getopt_long as the SLURM tools use it: short options ({@code -N2}, {@code -N 2}, bundled flags),
 * long options ({@code --nodes=2}, {@code --nodes 2}, unique prefixes), {@code --} ends options,
 * and glibc's error lines ({@code squeue: invalid option -- 'z'}).
 */
final class Getopt {

    /** One option: long name, short letter (0 if none), and whether it takes an argument. */
    record Opt(String name, char letter, boolean hasArg) {
    }

    /** A parsed option occurrence (by long name). */
    record Hit(String name, String value) {
    }

    record Parsed(List<Hit> hits, List<String> positional) {

        boolean has(String name) {
            return hits.stream().anyMatch(h -> h.name().equals(name));
        }

        /** The last value given for an option, or null. */
        String value(String name) {
            String v = null;
            for (Hit h : hits) {
                if (h.name().equals(name)) {
                    v = h.value();
                }
            }
            return v;
        }
    }

    private Getopt() {
    }

    /**
     * @param stopAtPositional true for sbatch/srun: the first non-option (the script or command)
     *                         ends option parsing and everything after it is its arguments
     */
    static Parsed parse(String prog, List<String> args, List<Opt> opts, boolean stopAtPositional)
            throws UsageException {
        List<Hit> hits = new ArrayList<>();
        List<String> pos = new ArrayList<>();
        String tryHelp = "Try \"" + prog + " --help\" for more information\n";
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                pos.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (a.startsWith("--")) {
                String body = a.substring(2);
                String value = null;
                int eq = body.indexOf('=');
                if (eq >= 0) {
                    value = body.substring(eq + 1);
                    body = body.substring(0, eq);
                }
                Opt o = findLong(body, opts);
                if (o == null) {
                    throw new UsageException(prog + ": unrecognized option '" + a + "'\n" + tryHelp, 1);
                }
                if (o.hasArg()) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(prog + ": option '--" + o.name() + "' requires an argument\n"
                                    + tryHelp, 1);
                        }
                        value = args.get(++i);
                    }
                } else if (value != null) {
                    throw new UsageException(prog + ": option '--" + o.name() + "' doesn't allow an argument\n"
                            + tryHelp, 1);
                }
                hits.add(new Hit(o.name(), value));
            } else if (a.startsWith("-") && a.length() > 1) {
                for (int k = 1; k < a.length(); k++) {
                    char c = a.charAt(k);
                    Opt o = findShort(c, opts);
                    if (o == null) {
                        throw new UsageException(prog + ": invalid option -- '" + c + "'\n" + tryHelp, 1);
                    }
                    if (o.hasArg()) {
                        String value;
                        if (k + 1 < a.length()) {
                            value = a.substring(k + 1);
                        } else if (i + 1 < args.size()) {
                            value = args.get(++i);
                        } else {
                            throw new UsageException(prog + ": option requires an argument -- '" + c + "'\n"
                                    + tryHelp, 1);
                        }
                        hits.add(new Hit(o.name(), value));
                        break;
                    }
                    hits.add(new Hit(o.name(), null));
                }
            } else {
                if (stopAtPositional) {
                    pos.addAll(args.subList(i, args.size()));
                    break;
                }
                pos.add(a);
            }
        }
        return new Parsed(hits, pos);
    }

    private static Opt findLong(String name, List<Opt> opts) {
        Opt prefix = null;
        int prefixCount = 0;
        for (Opt o : opts) {
            if (o.name().equals(name)) {
                return o;
            }
            if (o.name().startsWith(name)) {
                prefix = o;
                prefixCount++;
            }
        }
        return prefixCount == 1 ? prefix : null;
    }

    private static Opt findShort(char c, List<Opt> opts) {
        for (Opt o : opts) {
            if (o.letter() == c) {
                return o;
            }
        }
        return null;
    }

    static Opt flag(String name, char letter) {
        return new Opt(name, letter, false);
    }

    static Opt arg(String name, char letter) {
        return new Opt(name, letter, true);
    }
}
