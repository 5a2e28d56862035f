package org.pilab.node;

import org.pilab.node.coreutils.BoardCommands;
import org.pilab.node.coreutils.FileCommands;
import org.pilab.node.coreutils.LsCommand;
import org.pilab.node.coreutils.SudoCommand;
import org.pilab.node.coreutils.SystemCommands;
import org.pilab.node.coreutils.TextCommands;
import org.pilab.node.shell.CommandRegistry;

/**
 * Registers the programs this layer implements under the paths the packages install them at.
 * Higher layers register more (sinfo, sbatch, nano, lesson commands) on the same registry.
 */
public final class StandardCommands {

    private StandardCommands() {
    }

    public static void registerAll(CommandRegistry r) {
        String bin = "/usr/bin/";
        r.register("ls", bin + "ls", new LsCommand());
        r.register("cat", bin + "cat", TextCommands::cat);
        r.register("less", bin + "less", TextCommands::pager);
        r.register("more", bin + "more", TextCommands::pager);
        r.register("zcat", bin + "zcat", TextCommands::zcat);
        r.register("echo", bin + "echo", TextCommands::echo);
        r.register("head", bin + "head", TextCommands::head);
        r.register("tail", bin + "tail", TextCommands::tail);
        r.register("grep", bin + "grep", TextCommands::grep);
        r.register("wc", bin + "wc", TextCommands::wc);
        r.register("sort", bin + "sort", TextCommands::sort);
        r.register("uniq", bin + "uniq", TextCommands::uniq);
        r.register("tee", bin + "tee", TextCommands::tee);
        r.register("cut", bin + "cut", TextCommands::cut);
        r.register("cp", bin + "cp", FileCommands::cp);
        r.register("mv", bin + "mv", FileCommands::mv);
        r.register("rm", bin + "rm", FileCommands::rm);
        r.register("mkdir", bin + "mkdir", FileCommands::mkdir);
        r.register("rmdir", bin + "rmdir", FileCommands::rmdir);
        r.register("touch", bin + "touch", FileCommands::touch);
        r.register("chmod", bin + "chmod", FileCommands::chmod);
        r.register("chown", bin + "chown", FileCommands::chown);
        r.register("ln", bin + "ln", FileCommands::ln);
        r.register("pwd", bin + "pwd", SystemCommands::pwd);
        r.register("whoami", bin + "whoami", SystemCommands::whoami);
        r.register("id", bin + "id", SystemCommands::id);
        r.register("uname", bin + "uname", SystemCommands::uname);
        r.register("free", bin + "free", SystemCommands::free);
        r.register("nproc", bin + "nproc", SystemCommands::nproc);
        r.register("env", bin + "env", SystemCommands::env);
        r.register("hostname", bin + "hostname", SystemCommands::hostname);
        r.register("date", bin + "date", SystemCommands::date);
        r.register("uptime", bin + "uptime", SystemCommands::uptime);
        r.register("which", bin + "which", SystemCommands::which);
        r.register("true", bin + "true", SystemCommands::trueCommand);
        r.register("false", bin + "false", SystemCommands::falseCommand);
        r.register("sleep", bin + "sleep", SystemCommands::sleep);
        r.register("sudo", bin + "sudo", new SudoCommand());
        r.register("vcgencmd", bin + "vcgencmd", BoardCommands::vcgencmd);
        r.register("openssl", bin + "openssl", BoardCommands::openssl);
        r.register("slurmd", "/usr/sbin/slurmd", BoardCommands::slurmd);
        r.register("reboot", "/usr/sbin/reboot", BoardCommands::reboot);
        r.register("poweroff", "/usr/sbin/poweroff", BoardCommands::reboot);
        r.register("shutdown", "/usr/sbin/shutdown", BoardCommands::reboot);
    }
}
