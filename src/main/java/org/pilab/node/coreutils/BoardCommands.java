package org.pilab.node.coreutils;

import java.util.Locale;

import org.pilab.node.Host;
import org.pilab.node.account.Sha512Crypt;
import org.pilab.node.shell.Invocation;

/**
 * Board and system tools: vcgencmd, slurmd -C (hardware line), openssl passwd -6, reboot,
 * poweroff.
 */
public final class BoardCommands {

    private BoardCommands() {
    }

    public static int vcgencmd(Invocation inv) {
        if (inv.args().isEmpty()) {
            inv.err().println("Usage: vcgencmd [-t] command");
            return 1;
        }
        Host h = inv.host();
        switch (inv.args().get(0)) {
            case "measure_temp" -> inv.out().println(String.format(Locale.ROOT, "temp=%.1f'C", h.thermal().celsius()));
            case "get_throttled" -> inv.out().println("throttled=0x" + Integer.toHexString(h.thermal().throttledBits()));
            case "measure_volts" -> inv.out().println("volt=0.8600V");
            case "measure_clock" -> {
                return measureClock(inv, h);
            }
            default -> {
                inv.out().println("error=1 error_msg=\"Command not registered\"");
                return 255;
            }
        }
        return 0;
    }

    /**
     * {@code vcgencmd measure_clock arm|core|...}: {@code frequency(ID)=HZ} with the firmware's
     * clock id; the ARM clock follows the thermal model (lower while throttled). A clock the
     * firmware does not know reads {@code frequency(0)=0}, as on the real board.
     */
    private static int measureClock(Invocation inv, Host h) {
        if (inv.args().size() < 2) {
            inv.out().println("error=2 error_msg=\"Invalid arguments\"");
            return 255;
        }
        String clock = inv.args().get(1);
        String line = switch (clock) {
            case "arm" -> "frequency(48)=" + (long) h.thermal().armClockMhz() * 1_000_000L;
            case "core" -> "frequency(1)=500000000";
            default -> "frequency(0)=0";
        };
        inv.out().println(line);
        return 0;
    }

    /**
     * {@code slurmd -C} prints the node's configuration line and uptime; other slurmd uses belong
     * to the SLURM layer, which may register its own slurmd over this one.
     */
    public static int slurmd(Invocation inv) {
        Host h = inv.host();
        if (inv.args().contains("-V")) {
            String v = h.packages().installedVersion("slurmd").orElse("22.05.8").replaceAll("-.*", "");
            inv.out().println("slurm-wlm " + v);
            return 0;
        }
        if (!inv.args().contains("-C")) {
            inv.err().println("slurmd: error: Unable to run in foreground from the lab shell: use systemctl start slurmd");
            return 1;
        }
        int cores = h.hardware().cpus();
        inv.out().println("NodeName=" + h.hostname() + " CPUs=" + cores + " Boards=1 SocketsPerBoard=1 CoresPerSocket="
                + cores + " ThreadsPerCore=1 RealMemory=" + h.hardware().realMemoryMb());
        long s = h.uptimeMillis() / 1000;
        inv.out().println(String.format(Locale.ROOT, "UpTime=%d-%02d:%02d:%02d", s / 86400, (s / 3600) % 24, (s / 60) % 60, s % 60));
        return 0;
    }

    /** {@code openssl passwd -6 [-salt S] PASSWORD}: the hash userconf.txt and custom.toml take. */
    public static int openssl(Invocation inv) {
        var a = inv.args();
        if (a.isEmpty() || !a.get(0).equals("passwd") || !a.contains("-6")) {
            inv.err().println("openssl: only 'openssl passwd -6 [-salt SALT] PASSWORD' is available in the lab");
            return 1;
        }
        String salt = null;
        String password = null;
        for (int i = 1; i < a.size(); i++) {
            if (a.get(i).equals("-salt") && i + 1 < a.size()) {
                salt = a.get(++i);
            } else if (!a.get(i).startsWith("-")) {
                password = a.get(i);
            }
        }
        if (password == null) {
            password = inv.stdin().isEmpty() ? "" : inv.stdin().split("\n")[0];
        }
        if (salt == null) {
            StringBuilder sb = new StringBuilder();
            var r = inv.host().random("salt");
            String chars = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
            for (int i = 0; i < 16; i++) {
                sb.append(chars.charAt(r.nextInt(chars.length())));
            }
            salt = sb.toString();
        }
        inv.out().println(Sha512Crypt.hash(password, salt));
        return 0;
    }

    /**
     * {@code java -version} (to stderr) and {@code java --version} (to stdout): the JRE the
     * release ships (17 on Bookworm, 21 on Trixie). {@code java -jar FILE ...} needs a readable
     * jar; the lab's jars run inside SLURM jobs, so at a prompt only their {@code --version}
     * answers, from the name and version the jar's header carries.
     */
    public static int java(Invocation inv) {
        boolean j21 = inv.host().packages().isInstalled("openjdk-21-jre-headless");
        var a = inv.args();
        int jar = a.indexOf("-jar");
        if (jar >= 0) {
            return javaJar(inv, jar + 1 < a.size() ? a.get(jar + 1) : null, a.subList(Math.min(jar + 2, a.size()), a.size()));
        }
        boolean toStdout = a.contains("--version") || a.contains("--show-version");
        if (!toStdout && !a.contains("-version")) {
            inv.err().println("Usage: java [options] <mainclass> [args...]");
            inv.err().println("           (to execute a class)");
            inv.err().println("   or  java [options] -jar <jarfile> [args...]");
            inv.err().println("           (to execute a jar file)");
            return 1;
        }
        String v = j21 ? "21.0.8" : "17.0.16";
        String build = j21 ? "21.0.8+9-Debian-1" : "17.0.16+8-Debian-1deb12u1";
        var out = toStdout ? inv.out() : inv.err();
        // -version quotes the number and names it "version"; --version prints it bare
        out.println(toStdout ? "openjdk " + v + " 2025-07-15" : "openjdk version \"" + v + "\" 2025-07-15");
        out.println("OpenJDK Runtime Environment (build " + build + ")");
        out.println("OpenJDK 64-Bit Server VM (build " + build + ", mixed mode, sharing)");
        return 0;
    }

    private static int javaJar(Invocation inv, String file, java.util.List<String> args) {
        if (file == null) {
            inv.err().println("Error: -jar requires jar file specification");
            return 1;
        }
        String text;
        try {
            text = inv.fs().read(inv.abs(file), inv.creds());
        } catch (org.pilab.node.fs.FsException e) {
            inv.err().println("Error: Unable to access jarfile " + file);
            return 1;
        }
        if (!text.startsWith("PK\u0003\u0004")) {
            inv.err().println("Error: Invalid or corrupt jarfile " + file);
            return 1;
        }
        String[] header = text.substring(4).strip().split("\\s+");
        if ((args.contains("--version") || args.contains("-V")) && header.length >= 2) {
            inv.out().println(header[0] + " " + header[1]);
            return 0;
        }
        inv.err().println("Error: " + file + " runs inside a SLURM job in the lab: submit it with sbatch or srun");
        return 1;
    }

    public static int reboot(Invocation inv) {
        if (!inv.session().isRoot()) {
            inv.err().println("Failed to set wall message, ignoring: Interactive authentication required.");
            inv.err().println("Call to Reboot failed: Interactive authentication required.");
            return 1;
        }
        if (!inv.host().hardware().isRaspberryPi()) {
            // the laptop is where the learner sits: switching it off would end the lab itself
            inv.err().println(inv.name() + ": the lab keeps the laptop running; reboot or power off a Pi instead");
            return 1;
        }
        boolean off = inv.name().equals("poweroff") || (inv.name().equals("shutdown") && !inv.args().contains("-r"));
        if (off) {
            inv.host().powerOff();
        } else {
            inv.host().reboot();
        }
        closeRemote(inv);
        return 0;
    }

    /** The ssh sessions into this host end: "Connection to pi01 closed by remote host." */
    private static void closeRemote(Invocation inv) {
        var s = inv.session();
        String message = "";
        while (s.origin().isPresent() && s.host() == inv.host()) {
            s.requestExit();
            if (!s.exitMessage().isEmpty()) {
                message = s.exitMessage();
            }
            s = s.origin().get();
        }
        inv.session().requestExit();
        if (!message.isEmpty()) {
            inv.err().println(message.replace(" closed.", " closed by remote host."));
            inv.err().println(message);
        }
    }
}
