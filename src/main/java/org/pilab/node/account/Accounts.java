package org.pilab.node.account;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.pilab.node.fs.FsCredentials;
import org.pilab.node.fs.VirtualFileSystem;

/**
 * Users and groups of one host. The model is the source of truth; every change rewrites
 * /etc/passwd, /etc/group and /etc/shadow so that {@code cat} and {@code grep} see it.
 */
public final class Accounts {

    private static final int FIRST_SYSTEM_ID = 100;
    private static final int FIRST_USER_ID = 1000;

    private final VirtualFileSystem fs;
    private final Map<String, Account> users = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();

    private final int homeMode;

    /** @param homeMode mode of new home directories (Debian 12: 0700, Ubuntu 24.04: 0750) */
    public Accounts(VirtualFileSystem fs, int homeMode) {
        this.fs = fs;
        this.homeMode = homeMode;
        addGroupWithId("root", 0);
        addUserWithIds("root", 0, 0, "root", "/root", "/bin/bash", "*");
        addGroupWithId("nogroup", FsCredentials.NOGROUP_GID);
        addUserWithIds("nobody", FsCredentials.NOBODY_UID, FsCredentials.NOGROUP_GID, "nobody", "/nonexistent",
                "/usr/sbin/nologin", "*");
    }

    public Optional<Account> user(String name) {
        return Optional.ofNullable(users.get(name));
    }

    public Optional<Account> userById(int uid) {
        return users.values().stream().filter(a -> a.uid() == uid).findFirst();
    }

    public Optional<Group> group(String name) {
        return Optional.ofNullable(groups.get(name));
    }

    public Optional<Group> groupById(int gid) {
        return groups.values().stream().filter(g -> g.gid() == gid).findFirst();
    }

    public List<Account> users() {
        return List.copyOf(users.values());
    }

    /** Name for a uid as ls prints it (the number when unknown). */
    public String userName(int uid) {
        return userById(uid).map(Account::name).orElse(Integer.toString(uid));
    }

    public String groupName(int gid) {
        return groupById(gid).map(Group::name).orElse(Integer.toString(gid));
    }

    /** Groups the user belongs to: primary first, then supplementary ones in file order. */
    public List<Group> groupsOf(String userName) {
        Account a = users.get(userName);
        if (a == null) {
            return List.of();
        }
        List<Group> out = new ArrayList<>();
        groupById(a.gid()).ifPresent(out::add);
        for (Group g : groups.values()) {
            if (g.gid() != a.gid() && g.members().contains(userName)) {
                out.add(g);
            }
        }
        return out;
    }

    public boolean inGroup(String userName, String groupName) {
        return groupsOf(userName).stream().anyMatch(g -> g.name().equals(groupName));
    }

    public FsCredentials credentials(String userName) {
        Account a = users.get(userName);
        if (a == null) {
            throw new IllegalArgumentException("no such user: " + userName);
        }
        Set<Integer> gids = groupsOf(userName).stream().map(Group::gid).collect(Collectors.toCollection(HashSet::new));
        return new FsCredentials(a.uid(), a.gid(), gids);
    }

    /** adduser --system style: a system user with its own group and the next free id below 1000. */
    public Account addSystemUser(String name, String home, String gecos) {
        return user(name).orElseGet(() -> {
            int id = nextFree(FIRST_SYSTEM_ID);
            addGroupWithId(name, id);
            return addUserWithIds(name, id, id, gecos, home, "/usr/sbin/nologin", "!");
        });
    }

    /** A system user with a fixed id (Debian's slurm package uses 64030). */
    public Account addSystemUserWithId(String name, int id, String home, String gecos) {
        return user(name).orElseGet(() -> {
            addGroupWithId(name, id);
            return addUserWithIds(name, id, id, gecos, home, "/usr/sbin/nologin", "!");
        });
    }

    /** A login user with the next id from 1000, its own group, home directory 0755 and bash. */
    public Account addLoginUser(String name, String passwordHash) {
        Optional<Account> existing = user(name);
        if (existing.isPresent()) {
            setPasswordHash(name, passwordHash);
            return users.get(name);
        }
        int id = nextFree(FIRST_USER_ID);
        addGroupWithId(name, id);
        Account a = addUserWithIds(name, id, id, name + ",,,", "/home/" + name, "/bin/bash", passwordHash);
        fs.installDir(a.home(), id, id, homeMode);
        fs.install(a.home() + "/.bashrc", "# ~/.bashrc: executed by bash(1) for non-login shells.\n", id, id, 0644);
        fs.install(a.home() + "/.profile", "# ~/.profile: executed by the command interpreter for login shells.\n",
                id, id, 0644);
        return a;
    }

    public void setPasswordHash(String userName, String hash) {
        Account a = users.get(userName);
        if (a != null) {
            users.put(userName, a.withPasswordHash(hash));
            sync();
        }
    }

    /** A group with a fixed id (the base image's standard groups: adm=4, sudo=27, ...). */
    public Group addGroup(String name, int gid) {
        return group(name).orElseGet(() -> addGroupWithId(name, gid));
    }

    public Group addGroup(String name) {
        return group(name).orElseGet(() -> addGroupWithId(name, nextFree(FIRST_SYSTEM_ID)));
    }

    /** usermod -aG: adds the user to each group, creating missing groups. */
    public void addToGroups(String userName, List<String> groupNames) {
        for (String gn : groupNames) {
            Group g = addGroup(gn);
            if (!g.members().contains(userName)) {
                List<String> members = new ArrayList<>(g.members());
                members.add(userName);
                groups.put(gn, new Group(gn, g.gid(), members));
            }
        }
        sync();
    }

    private Group addGroupWithId(String name, int gid) {
        Group g = new Group(name, gid, List.of());
        groups.put(name, g);
        sync();
        return g;
    }

    private Account addUserWithIds(String name, int uid, int gid, String gecos, String home, String shell, String hash) {
        Account a = new Account(name, uid, gid, gecos, home, shell, hash);
        users.put(name, a);
        sync();
        return a;
    }

    private int nextFree(int from) {
        int id = from;
        while (true) {
            final int candidate = id;
            boolean used = users.values().stream().anyMatch(a -> a.uid() == candidate)
                    || groups.values().stream().anyMatch(g -> g.gid() == candidate);
            if (!used) {
                return id;
            }
            id++;
        }
    }

    private void sync() {
        StringBuilder passwd = new StringBuilder();
        StringBuilder shadow = new StringBuilder();
        for (Account a : users.values()) {
            passwd.append(a.passwdLine()).append('\n');
            shadow.append(a.name()).append(':').append(a.passwordHash() == null ? "!" : a.passwordHash())
                    .append(":20417:0:99999:7:::\n");
        }
        StringBuilder group = new StringBuilder();
        for (Group g : groups.values()) {
            group.append(g.groupLine()).append('\n');
        }
        fs.install("/etc/passwd", passwd.toString(), 0, 0, 0644);
        fs.install("/etc/group", group.toString(), 0, 0, 0644);
        int shadowGid = groups.containsKey("shadow") ? groups.get("shadow").gid() : 0;
        fs.install("/etc/shadow", shadow.toString(), 0, shadowGid, 0640);
    }
}
