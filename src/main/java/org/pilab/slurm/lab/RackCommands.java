package org.pilab.slurm.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pilab.hardware.Cooling;
import org.pilab.node.Host;
import org.pilab.node.Network;
import org.pilab.node.OsRelease;
import org.pilab.node.PowerState;
import org.pilab.node.account.Sha512Crypt;
import org.pilab.node.fs.FsException;
import org.pilab.node.imaging.CardWriter;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.CommandRegistry;
import org.pilab.node.shell.Invocation;

/**
 * The learner's hands on the rack, as commands on the laptop: {@code pilab-imager} writes a
 * card for a board (like Raspberry Pi Imager's OS customisation) and puts it in the slot;
 * {@code rack power-on|power-off|unplug|plug|status} works the power supplies and cables, and
 * {@code rack cooling SLOT none|heatsink|fan} changes a board's cooler. A
 * board is named by its rack position: {@code pi01} (or {@code board1}) is the first slot.
 */
final class RackCommands {

    private static final Pattern POSITION = Pattern.compile("(?:pi|board|node)0*([0-9]+)");
    private static final Pattern SLOT_ID = Pattern.compile("board([0-9]+)");

    private RackCommands() {
    }

    static void registerAll(CommandRegistry registry, LabThermals thermals) {
        registry.registerAlwaysAvailable("pilab-imager", RackCommands::imager);
        registry.registerAlwaysAvailable("rack", inv -> rack(inv, thermals));
    }

    /** The board in the slot {@code name} names, or the board whose hostname it is. */
    static Optional<Host> board(Network net, String name) {
        Matcher m = POSITION.matcher(name.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            Optional<Host> bySlot = net.host("board" + Integer.parseInt(m.group(1)));
            if (bySlot.isPresent()) {
                return bySlot;
            }
        }
        return net.hosts().stream().filter(h -> h.hardware().isRaspberryPi() && h.hostname().equals(name)).findFirst();
    }

    /** The slot's name as the rack labels it: board 1 is pi01, board 12 is pi12. */
    static String slotName(Host board) {
        Matcher m = SLOT_ID.matcher(board.id());
        return m.matches() ? String.format(Locale.ROOT, "pi%02d", Integer.parseInt(m.group(1))) : board.id();
    }

    private static int imager(Invocation inv) {
        String boardName = null;
        String hostname = null;
        String user = Scenarios.PI_USER;
        String password = Scenarios.LAB_PASSWORD;
        String keyFile = null;
        String os = "bookworm";
        String wifi = null;
        // Like Imager's "Use password authentication" (the default) versus "Allow public-key
        // authentication only": lesson 02 teaches turning passwords off once keys work.
        boolean keyOnly = false;
        List<String> a = inv.args();
        for (int i = 0; i < a.size(); i++) {
            String opt = a.get(i);
            if (opt.equals("--help")) {
                inv.out().println("Usage: pilab-imager --board SLOT [--hostname NAME] [--user USER] [--password PW]");
                inv.out().println("                    [--ssh-key PUBKEY] [--key-only] [--wifi SSID:PASSWORD]");
                inv.out().println("                    [--os bookworm|trixie|ubuntu|bullseye]");
                return 0;
            }
            if (opt.equals("--key-only")) {
                keyOnly = true;
                continue;
            }
            if (i + 1 >= a.size()) {
                inv.error("option " + opt + " needs a value (try --help)");
                return 2;
            }
            String v = a.get(++i);
            switch (opt) {
                case "--board" -> boardName = v;
                case "--hostname" -> hostname = v;
                case "--user" -> user = v;
                case "--password" -> password = v;
                case "--ssh-key" -> keyFile = v;
                case "--os" -> os = v.toLowerCase(Locale.ROOT);
                case "--wifi" -> wifi = v;
                default -> {
                    inv.error("unknown option " + opt + " (try --help)");
                    return 2;
                }
            }
        }
        if (boardName == null) {
            inv.error("which board? give --board pi01 (the first slot of the rack)");
            return 2;
        }
        Optional<Host> board = board(inv.host().network(), boardName);
        if (board.isEmpty()) {
            inv.error("there is no board " + boardName + " in the rack");
            return 1;
        }
        OsRelease release = switch (os) {
            case "bookworm" -> OsRelease.BOOKWORM;
            case "trixie" -> OsRelease.TRIXIE;
            case "ubuntu" -> OsRelease.UBUNTU;
            case "bullseye" -> OsRelease.BULLSEYE;
            default -> null;
        };
        if (release == null) {
            inv.error("unknown --os " + os + ": use bookworm, trixie, ubuntu or bullseye");
            return 2;
        }
        if (release == OsRelease.BULLSEYE && (hostname != null || keyFile != null || wifi != null || keyOnly)) {
            // Bullseye's boot partition only knows the legacy `ssh` and `userconf.txt` files.
            inv.error("a Bullseye card takes only --user and --password (the legacy ssh and userconf.txt files); "
                    + "set the hostname, keys and Wi-Fi after first boot");
            return 2;
        }
        Host b = board.get();
        if (b.power() == PowerState.UP || b.power() == PowerState.BOOTING) {
            inv.error(boardName + " is running: `rack power-off " + boardName + "` before changing its card");
            return 1;
        }
        CardWriter card = CardWriter.image(release).user(user, Sha512Crypt.hash(password, "pilabimager"))
                .ssh(true, !(keyOnly && keyFile != null));
        if (release != OsRelease.BULLSEYE) {
            card.hostname(hostname == null ? "raspberrypi" : hostname);
        }
        if (keyFile != null) {
            String home = inv.session().variable("HOME").orElse("/");
            String path = inv.abs(keyFile.startsWith("~/") ? home + keyFile.substring(1) : keyFile);
            String key;
            try {
                key = inv.fs().read(path, inv.creds());
            } catch (FsException e) {
                inv.error(keyFile + ": " + e.errno().message());
                return 1;
            }
            Optional<String> problem = PublicKeyText.problem(keyFile, key);
            if (problem.isPresent()) {
                inv.error(problem.get());
                return 1;
            }
            card.authorizedKey(key.strip());
        }
        if (wifi != null) {
            int colon = wifi.indexOf(':');
            card.wifi(colon < 0 ? wifi : wifi.substring(0, colon), colon < 0 ? "" : wifi.substring(colon + 1), "GB");
        }
        b.insertCard(card.write());
        inv.out().println("Writing: [========================================] 100 %");
        inv.out().println("Verifying: [======================================] 100 %");
        inv.out().println("Write successful. The card is in the slot of " + boardName + ".");
        inv.host().network().advance(90_000); // flashing and verifying a card takes a minute and a half
        return 0;
    }

    private static int rack(Invocation inv, LabThermals thermals) {
        List<String> a = inv.args();
        Network net = inv.host().network();
        if (!a.isEmpty() && a.get(0).equals("cooling")) {
            return cooling(inv, thermals, a);
        }
        if (a.isEmpty() || a.get(0).equals("status")) {
            inv.out().println("SLOT  HOSTNAME     POWER          CABLE    CARD");
            for (Host h : net.hosts()) {
                if (h.hardware().isRaspberryPi()) {
                    inv.out().printf("%-5s %-12s %-14s %-8s %s%n", slotName(h), h.isUp() ? h.hostname() : "-",
                            h.power().name().toLowerCase(Locale.ROOT), h.cablePlugged() ? "plugged" : "-",
                            h.card().isPresent() ? "yes" : "no");
                }
            }
            return 0;
        }
        if (a.size() < 2) {
            inv.error("usage: rack power-on|power-off|unplug|plug|status [SLOT...] | rack cooling SLOT none|heatsink|fan");
            return 2;
        }
        List<Host> boards = new ArrayList<>();
        for (String name : a.subList(1, a.size())) {
            Optional<Host> b = board(net, name);
            if (b.isEmpty()) {
                inv.error("there is no board " + name + " in the rack");
                return 1;
            }
            boards.add(b.get());
        }
        for (Host b : boards) {
            switch (a.get(0)) {
                case "power-on" -> {
                    b.powerOn();
                    if (b.power() == PowerState.NO_BOOT_MEDIA) {
                        inv.out().println(slotName(b) + ": the green LED blinks: no card to boot from");
                    }
                }
                case "power-off" -> b.powerOff();
                case "unplug" -> b.cable(false);
                case "plug" -> b.cable(true);
                default -> {
                    inv.error("unknown action " + a.get(0) + ": use power-on, power-off, unplug, plug, cooling or status");
                    return 2;
                }
            }
        }
        return 0;
    }

    /** {@code rack cooling SLOT none|heatsink|fan}: takes the board's cooler off or fits another. */
    private static int cooling(Invocation inv, LabThermals thermals, List<String> a) {
        if (a.size() != 3) {
            inv.error("usage: rack cooling SLOT none|heatsink|fan");
            return 2;
        }
        Optional<Host> board = board(inv.host().network(), a.get(1));
        if (board.isEmpty()) {
            inv.error("there is no board " + a.get(1) + " in the rack");
            return 1;
        }
        Cooling cooling;
        try {
            cooling = Cooling.valueOf(a.get(2).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            inv.error("unknown cooling " + a.get(2) + ": use none, heatsink or fan");
            return 2;
        }
        Optional<Cooling> before = thermals.cooling(board.get());
        if (!thermals.setCooling(board.get(), cooling)) {
            inv.error(a.get(1) + " has no cooling to change");
            return 1;
        }
        inv.out().println(a.get(1) + ": cooling " + before.map(c -> c.name().toLowerCase(Locale.ROOT)).orElse("?")
                + " -> " + cooling.name().toLowerCase(Locale.ROOT));
        return 0;
    }
}
