package org.pilab.node.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.pilab.node.shell.Command;
import org.pilab.node.shell.Flags;
import org.pilab.node.shell.Invocation;

/** journalctl [-u UNIT] [-n N] [-x] [-e] [-b] [--no-pager]: the journal in short format. */
public final class JournalctlCommand implements Command {

    @Override
    public int run(Invocation inv) {
        Flags f = Flags.parse(inv.args(), "xefbqr", "un", Set.of("no-pager", "follow", "boot", "since", "lines", "unit"));
        if (!f.ok()) {
            inv.err().println(f.error("journalctl"));
            return 1;
        }
        boolean privileged = inv.session().isRoot() || inv.host().accounts().inGroup(inv.user(), "adm")
                || inv.host().accounts().inGroup(inv.user(), "systemd-journal");
        if (!privileged) {
            inv.err().println("Hint: You are currently not seeing messages from other users and the system.");
            inv.err().println("      Users in groups 'adm', 'systemd-journal' can see all messages.");
            inv.err().println("      Pass -q to turn off this notice.");
            inv.out().println("-- No entries --");
            return 0;
        }
        List<JournalEntry> entries = f.has('u') ? inv.host().journal().forUnit(f.value('u', ""))
                : inv.host().journal().entries();
        entries = new ArrayList<>(entries);
        int n = -1;
        if (f.has('n')) {
            if (!f.value('n', "10").matches("\\d+")) {
                inv.err().println("Failed to parse lines '" + f.value('n', "") + "'.");
                return 1;
            }
            n = Integer.parseInt(f.value('n', "10"));
        } else if (f.has('e')) {
            n = 1000;
        }
        if (n >= 0 && entries.size() > n) {
            entries = entries.subList(entries.size() - n, entries.size());
        }
        if (f.has('r')) {
            Collections.reverse(entries);
        }
        if (entries.isEmpty()) {
            inv.out().println("-- No entries --");
            return 0;
        }
        for (JournalEntry e : entries) {
            inv.out().println(Journal.format(e));
        }
        return 0;
    }
}
