package org.pilab.node;

import org.pilab.node.coreutils.AccountCommands;
import org.pilab.node.coreutils.BoardCommands;
import org.pilab.node.coreutils.ChecksumCommand;
import org.pilab.node.coreutils.FileCommands;
import org.pilab.node.coreutils.FreeCommand;
import org.pilab.node.coreutils.GrepCommand;
import org.pilab.node.coreutils.InstallCommand;
import org.pilab.node.coreutils.LoginCommands;
import org.pilab.node.coreutils.LsCommand;
import org.pilab.node.coreutils.SedCommand;
import org.pilab.node.coreutils.SudoCommand;
import org.pilab.node.coreutils.SystemCommands;
import org.pilab.node.coreutils.TextCommands;
import org.pilab.node.coreutils.WcCommand;
import org.pilab.node.munge.MungeCommands;
import org.pilab.node.net.HostnamectlCommand;
import org.pilab.node.net.IpCommand;
import org.pilab.node.net.IwCommand;
import org.pilab.node.net.NetplanCommand;
import org.pilab.node.net.NmcliCommand;
import org.pilab.node.net.PingCommand;
import org.pilab.node.net.SocketCommands;
import org.pilab.node.nfs.NfsCommands;
import org.pilab.node.pkg.AptCommand;
import org.pilab.node.pkg.DpkgCommand;
import org.pilab.node.service.JournalctlCommand;
import org.pilab.node.service.ServiceCommand;
import org.pilab.node.service.SystemctlCommand;
import org.pilab.node.shell.CommandRegistry;
import org.pilab.node.shell.ShellCommand;
import org.pilab.node.shell.TestBuiltin;
import org.pilab.node.ssh.ScpCommand;
import org.pilab.node.ssh.SshCommand;
import org.pilab.node.ssh.SshCopyIdCommand;
import org.pilab.node.ssh.SshKeygenCommand;
import org.pilab.node.time.ChronycCommand;
import org.pilab.node.time.TimedatectlCommand;

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
        r.register("bash", bin + "bash", ShellCommand.bash());
        r.register("sh", bin + "sh", ShellCommand.dash());
        r.register("dash", bin + "dash", ShellCommand.dash());
        r.register("cat", bin + "cat", TextCommands::cat);
        r.register("less", bin + "less", TextCommands::pager);
        r.register("more", bin + "more", TextCommands::pager);
        r.register("zcat", bin + "zcat", TextCommands::zcat);
        r.register("echo", bin + "echo", TextCommands::echo);
        r.register("head", bin + "head", TextCommands::head);
        r.register("tail", bin + "tail", TextCommands::tail);
        r.register("grep", bin + "grep", new GrepCommand());
        r.register("wc", bin + "wc", new WcCommand());
        r.register("sort", bin + "sort", TextCommands::sort);
        r.register("uniq", bin + "uniq", TextCommands::uniq);
        r.register("tee", bin + "tee", TextCommands::tee);
        r.register("cut", bin + "cut", TextCommands::cut);
        r.register("md5sum", bin + "md5sum", ChecksumCommand.md5sum());
        r.register("sha1sum", bin + "sha1sum", ChecksumCommand.sha1sum());
        r.register("sha256sum", bin + "sha256sum", ChecksumCommand.sha256sum());
        r.register("sha512sum", bin + "sha512sum", ChecksumCommand.sha512sum());
        r.register("cp", bin + "cp", FileCommands::cp);
        r.register("mv", bin + "mv", FileCommands::mv);
        r.register("rm", bin + "rm", FileCommands::rm);
        r.register("mkdir", bin + "mkdir", FileCommands::mkdir);
        r.register("rmdir", bin + "rmdir", FileCommands::rmdir);
        r.register("touch", bin + "touch", FileCommands::touch);
        r.register("chmod", bin + "chmod", FileCommands::chmod);
        r.register("chown", bin + "chown", FileCommands::chown);
        r.register("ln", bin + "ln", FileCommands::ln);
        r.register("install", bin + "install", new InstallCommand());
        r.register("test", bin + "test", TestBuiltin.test());
        r.register("[", bin + "[", TestBuiltin.bracket());
        r.register("pwd", bin + "pwd", SystemCommands::pwd);
        r.register("whoami", bin + "whoami", SystemCommands::whoami);
        r.register("id", bin + "id", SystemCommands::id);
        r.register("uname", bin + "uname", SystemCommands::uname);
        r.register("free", bin + "free", new FreeCommand());
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
        r.register("java", bin + "java", BoardCommands::java);
        r.register("sed", bin + "sed", new SedCommand());
        r.register("printf", bin + "printf", AccountCommands::printf);
        r.register("usermod", "/usr/sbin/usermod", AccountCommands::usermod);
        r.register("ps", bin + "ps", AccountCommands::ps);
        r.register("su", bin + "su", LoginCommands::su);
        r.register("passwd", bin + "passwd", LoginCommands::passwd);
        r.register("systemctl", bin + "systemctl", new SystemctlCommand());
        r.register("service", "/usr/sbin/service", new ServiceCommand());
        r.register("journalctl", bin + "journalctl", new JournalctlCommand());
        r.register("timedatectl", bin + "timedatectl", new TimedatectlCommand());
        r.register("hostnamectl", bin + "hostnamectl", new HostnamectlCommand());
        r.register("chronyc", bin + "chronyc", new ChronycCommand());
        r.register("apt", bin + "apt", new AptCommand());
        r.register("apt-get", bin + "apt-get", new AptCommand());
        r.register("dpkg", bin + "dpkg", new DpkgCommand());
        r.register("ip", bin + "ip", new IpCommand());
        r.register("ping", bin + "ping", new PingCommand());
        r.register("ss", bin + "ss", SocketCommands::ss);
        r.register("iw", "/usr/sbin/iw", new IwCommand());
        r.register("nc", bin + "nc", SocketCommands::nc);
        r.register("getent", bin + "getent", SocketCommands::getent);
        r.register("nmcli", bin + "nmcli", new NmcliCommand());
        r.register("netplan", "/usr/sbin/netplan", new NetplanCommand());
        r.register("ssh", bin + "ssh", new SshCommand());
        r.register("scp", bin + "scp", new ScpCommand());
        r.register("ssh-keygen", bin + "ssh-keygen", new SshKeygenCommand());
        r.register("ssh-copy-id", bin + "ssh-copy-id", new SshCopyIdCommand());
        r.register("munge", bin + "munge", MungeCommands::munge);
        r.register("unmunge", bin + "unmunge", MungeCommands::unmunge);
        r.register("mungekey", "/usr/sbin/mungekey", MungeCommands::mungekey);
        r.register("exportfs", "/usr/sbin/exportfs", NfsCommands::exportfs);
        r.register("mount", bin + "mount", NfsCommands::mount);
        r.register("umount", bin + "umount", NfsCommands::umount);
        r.register("df", bin + "df", NfsCommands::df);
    }
}
