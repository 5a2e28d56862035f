package org.pilab.node;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.ShellResult;
import org.pilab.node.shell.Session;

/** Malformed or unusual input gets a tool's error, never a crash of the learner's shell. */
class RobustnessTest {

    private static final List<String> LINES = List.of("", "   ", "|", "&&", ";", "echo 'unterminated", "cat <<EOF", "cd",
            "ls -", "grep", "ssh", "scp a", "sudo", "sudo -u", "nmcli con mod", "nmcli con mod 'Wired connection 1' ipv4.addresses",
            "systemctl", "systemctl start", "apt", "apt install", "mount -t", "chmod", "chmod 999 x", "chown :", "echo $(", "echo ${",
            "echo `", "rm -rf /", "cp", "mv a", "head -n", "tail -n x", "cut -f", "cut -f x", "sed s/a", "sed", "ping", "ping -c x host",
            "ip", "journalctl -n x", "timedatectl foo", "hostnamectl set-hostname", "dpkg", "sudo exportfs -v", "umount",
            "df -h /nope", "vcgencmd", "munge -s", "unmunge -i", "sudo mungekey -k", "ssh-keygen -f", "ssh-copy-id", "passwd nobody",
            "su nobody2", "usermod", "printf", "date +%", "sleep x", "which", "id nobody", "wc -l /nope", "sort -k", "uniq -c",
            "tee /root/x", "ls /root", "cat /etc/shadow", "cd /etc/ssh/sshd_config", "> /etc/x", "< /nope cat", "echo a 2>&1 >",
            "ls ~nosuchuser", "echo *.nomatch", "exit 300", "ssh -l", "scp pi01:/nope .", "sudo netplan apply", "netplan",
            "sudo nmcli dev wifi connect other password x", "openssl", "openssl passwd -6", "java", "ps", "ln", "ln -s a",
            "sudo systemctl enable nothing", "sudo reboot now");

    @Test
    void nothingEscapesAsAnInternalError() {
        Lab lab = Scenarios.networked(1L);
        for (Session s : List.of(lab.learnerSession(), lab.host("pi01").orElseThrow().login("pi"))) {
            for (String line : LINES) {
                ShellResult r = s.run(line);
                assertFalse(r.output().contains("internal error"), line + " -> " + r.output());
            }
        }
    }
}
