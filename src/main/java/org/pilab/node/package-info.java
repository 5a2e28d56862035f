/**
 * A virtual Linux host: files with owner and mode, users, packages, services, SSH keys,
 * hostname, addresses, clock offset and logs; the effects of apt, systemctl, nmcli and editors.
 *
 * <p>May use: sim and hardware. Prints nothing: commands return text.</p>
 *
 * <h2>Entry points for the layers above</h2>
 * <ul>
 *   <li>{@link org.pilab.node.Network}: the lab (switch, Wi-Fi, router with DHCP on 10.0.0.0/24),
 *       its virtual clock ({@code advance}, {@code settle}), seeded streams, the
 *       {@link org.pilab.node.shell.CommandRegistry} and the
 *       {@link org.pilab.node.service.ServiceBehaviours}.</li>
 *   <li>{@link org.pilab.node.Host}: one machine (files, accounts, packages, services, journal,
 *       interfaces, clock offset, power, card); {@code attachment(...)} holds per-host state of
 *       higher layers (slurmd's registration, say) and is dropped when the card is re-imaged.</li>
 *   <li>{@link org.pilab.node.shell.Session}: a shell on a host; {@code run(line)} returns a
 *       {@link org.pilab.node.shell.ShellResult} with the terminal text (each piece tagged stdout
 *       or stderr, in the order written), the status, a session the
 *       line entered ({@code ssh pi01}, {@code sudo -i}) and whether it exited.</li>
 *   <li>{@link org.pilab.node.shell.Command} and {@code CommandRegistry.register(name, binaryPath, cmd)}:
 *       a program exists on a host only while its binary file does (packages install them).</li>
 *   <li>{@link org.pilab.node.service.ServiceBehaviour}: the daemon behind a unit (slurmd and
 *       slurmctld come from the SLURM layer); {@code ServiceManager.processExited} reports a
 *       daemon that dies later.</li>
 *   <li>{@link org.pilab.node.imaging.CardWriter} and {@link org.pilab.node.scenario.Scenarios}.</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>{@code apt install} works before {@code apt update}: Raspberry Pi OS images ship package
 *       lists. It needs an address (the router stands for the internet mirror).</li>
 *   <li>Prompts (apt's confirmation, the SSH host key, passwords, passphrases) go through a
 *       {@link org.pilab.node.shell.PromptResponder}; the default scripted one answers "Y"/"yes",
 *       an empty passphrase and no password. The shell layer plugs in the keyboard.</li>
 *   <li>Time: every host reads {@code Network.nowMillis() + clockOffset}. A Pi boots with a
 *       seeded offset of up to 15 minutes either way (no RTC); chrony steps it to 0 four seconds
 *       after it starts. systemd-timesyncd is present but never synchronises (the lab has no
 *       route to public NTP). After each pipeline the interpreter lets {@code settleMillis}
 *       (500 ms) of virtual time pass, so a Type=simple daemon that dies "moments later" is
 *       {@code failed} by the next command.</li>
 *   <li>Services read their configuration when they start: sshd_config, /etc/exports and the
 *       munge key need a restart (or {@code exportfs -ra}) to take effect, as on real systems.</li>
 *   <li>systemctl and other privileged calls by non-root users answer with the polkit message
 *       "Interactive authentication required." (no polkit agent in an SSH session).</li>
 *   <li>Members of group {@code sudo} use sudo without a password (the Pi's first user has
 *       NOPASSWD; the laptop's learner is taken to have typed it recently).</li>
 *   <li>Keys: public keys have OpenSSH's wire format over seeded bytes; private key files are a
 *       marked placeholder. Password hashes are real SHA-512 crypt strings; no plaintext is kept.</li>
 *   <li>Name resolution: /etc/hosts, then {@code name.local} over mDNS; the router's DNS knows no
 *       local names, so {@code ping pi02} fails until /etc/hosts lists it.</li>
 *   <li>Only Bookworm, Trixie and Ubuntu 24.04 images exist: dhcpcd (Bullseye) is not modelled.</li>
 * </ul>
 */
package org.pilab.node;
